//! Integration tests: the real `signpost` binary, started on a free port with its own SQLite
//! file, driven over HTTP. One test binary (modules mirror the routes) to keep linking quick.
#![cfg(feature = "ssr")]

mod harness;

mod cli;
mod errors;
mod language;
mod pages;
mod pwa;
mod referrals;
mod search;
mod sync;
mod transport;
