//! The `copydesk` command: see `copydesk --help`.

/// mimalloc: small allocations (a number's strings, a quote's) cost less than with the
/// system allocator, and threads free each other's blocks without taking a lock.
#[cfg(not(feature = "python"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(copydesk::cli::main(std::env::args_os().skip(1).collect()));
}
