//! Table-driven cases for numeric claims.
