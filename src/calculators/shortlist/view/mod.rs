//! The yew half of the shortlist: its page and the parts it is made of.
//! Everything here renders; everything it shows is computed by the core
//! beside this folder.

mod formula_panel;
mod list_table;
pub mod page;
mod pager;
mod paste_panel;
mod results;

pub use page::{read_and_remember, ShortlistPage};
