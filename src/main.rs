//! Starts kolcalc in the browser.

fn main() {
    kolcalc::ui::start();
}
