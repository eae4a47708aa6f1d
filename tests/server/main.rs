//! Integration tests: the real `signpost` binary, started on a free port with its own SQLite
//! file, driven over HTTP. One test binary (modules mirror the routes) to keep linking quick.
#![cfg(feature = "ssr")]

mod harness;
mod network;

mod accounts;
mod authorisation;
mod cli;
mod database;
mod errors;
mod inbox;
mod language;
mod listings;
mod oruk;
mod pages;
mod push;
mod pwa;
mod retention;
mod search;
mod security;
mod sync;
mod transport;
