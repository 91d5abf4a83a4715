//! The records of many documents as columns, for `copydesk.to_pandas` and `to_arrow`.
//!
//! Building a Python dict per row and letting pandas read the rows back costs several
//! times the analysis itself; here each column is written once, as JSON, in Rust.

use super::results::PyDocument;
use crate::Document;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use serde::Serialize;
use serde_json::value::RawValue;
use std::collections::HashMap;

/// One column: a field of the record, or a field of a record nested in it.
type Field = (String, Option<String>);

/// A JSON object's fields, as written.
type Object<'a> = HashMap<&'a str, &'a RawValue>;

/// The rows of `table` in `docs` as columns: each row's document position, each row's
/// index in its document, and a JSON array holding, for each of `fields`, the array of
/// its values (`null` where a record lacks it).
#[pyfunction]
pub(crate) fn _table_columns(
    docs: Vec<PyRef<'_, PyDocument>>,
    table: &str,
    fields: Vec<Field>,
) -> PyResult<(Vec<usize>, Vec<usize>, String)> {
    let mut columns = Columns::new(fields);
    for (position, doc) in docs.iter().enumerate() {
        let doc: &Document = doc.document();
        match table {
            "sentences" => columns.extend(position, &doc.sentences),
            "quotes" => columns.extend(position, &doc.quotes),
            "numbers" => columns.extend(position, &doc.numbers),
            "speakers" => columns.extend(position, &doc.speakers),
            _ => return Err(PyValueError::new_err(format!("no table {table:?}"))),
        }
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    }
    columns.finish()
}

/// Columns being filled, each a JSON array written without its brackets.
struct Columns {
    fields: Vec<Field>,
    json: Vec<Vec<u8>>,
    positions: Vec<usize>,
    indexes: Vec<usize>,
}

impl Columns {
    fn new(fields: Vec<Field>) -> Self {
        let json = vec![Vec::new(); fields.len()];
        Columns { fields, json, positions: Vec::new(), indexes: Vec::new() }
    }

    /// Adds a row per record of the document at `position`.
    fn extend<T: Serialize>(&mut self, position: usize, records: &[T]) -> serde_json::Result<()> {
        for (index, record) in records.iter().enumerate() {
            // Raw JSON values keep the order of a nested record's keys, as `to_dict` does.
            let json = serde_json::to_string(record)?;
            let record: Object = serde_json::from_str(&json)?;
            let mut nested: Option<(&str, Object)> = None;
            for ((key, sub), column) in self.fields.iter().zip(&mut self.json) {
                let value = match sub {
                    None => record.get(key.as_str()).copied(),
                    Some(sub) => {
                        if !nested.as_ref().is_some_and(|(name, _)| name == key) {
                            let object = match record.get(key.as_str()) {
                                Some(raw) if raw.get().starts_with('{') => serde_json::from_str(raw.get())?,
                                _ => Object::new(),
                            };
                            nested = Some((key, object));
                        }
                        nested.as_ref().and_then(|(_, object)| object.get(sub.as_str()).copied())
                    }
                };
                if !column.is_empty() {
                    column.push(b',');
                }
                column.extend_from_slice(value.map_or("null", RawValue::get).as_bytes());
            }
            self.positions.push(position);
            self.indexes.push(index);
        }
        Ok(())
    }

    fn finish(self) -> PyResult<(Vec<usize>, Vec<usize>, String)> {
        let mut out = Vec::with_capacity(self.json.iter().map(|c| c.len() + 3).sum::<usize>() + 2);
        out.push(b'[');
        for (i, column) in self.json.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.push(b'[');
            out.extend_from_slice(column);
            out.push(b']');
        }
        out.push(b']');
        let json = String::from_utf8(out).map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok((self.positions, self.indexes, json))
    }
}
