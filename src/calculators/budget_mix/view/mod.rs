//! The yew half of the calculator: its page and the parts it is made of.
//! Everything here renders; everything it shows is computed by the core
//! beside this folder.

mod formula_panel;
pub mod page;
mod results;

pub use page::BudgetMixPage;
