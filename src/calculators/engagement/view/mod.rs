//! The yew half of the calculator: its page and the parts it is made of.
//! Everything here renders; everything it shows is computed by the core
//! beside this folder.

mod comment_panel;
mod formula_panel;
mod notes_table;
pub mod page;
mod results;

pub use page::EngagementPage;
