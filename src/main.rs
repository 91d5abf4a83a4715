//! The `copydesk` command: see `copydesk --help`.

fn main() {
    std::process::exit(copydesk::cli::main(std::env::args_os().skip(1).collect()));
}
