//! The compensation calculator's public link keys (documented in README):
//! `q` quote, `fmt` format multiplier, `eng` `reads` `clicks` `sales` each
//! as `low,likely,high`, `price`, `margin` %, `ret` return rate %, `basis`
//! (`engagement`, `click` or `sale`), `pe` pay per engagement, `pc` pay per
//! click, `com` commission %, `pcost` product cost, `ship` shipping and
//! duties, `post` post rate %, `hb` hybrid base % of the flat fee, `bonus`
//! per engagement above `thr`, `hcom` hybrid commission %, `pf` platform
//! fee %, `mcn` MCN commission %, `af` agency fee %, `fx` FX spread %, `ur`
//! usage-rights fee % of the flat fee, `um` usage-rights months, `qsrc`
//! whose price the quote is (`mcn`, share inside; `net`, the creator's
//! own), `gp` gifted performance %, `gur` usage-rights fee on gifted posts %,
//! `seedmax` the quote from which seeding is unrealistic, `bfx` the brand's
//! bank conversion cost % (keys after `um` were added later; links without
//! them take their defaults).
//!
//! Every key is always written, so a published link keeps meaning the same
//! scenario when defaults change.

use super::form::{CompensationForm, Field, RANGES};
use super::model::Basis;
use crate::fields::FieldText;
use crate::link::{join_cells, LinkReader};

/// The single-value link key of a field (`None` for parts of an estimate).
pub fn key(field: Field) -> Option<&'static str> {
    use Field::*;
    Some(match field {
        Quote => "q",
        Format => "fmt",
        Price => "price",
        Margin => "margin",
        Returns => "ret",
        PerEngagement => "pe",
        PerClick => "pc",
        Commission => "com",
        ProductCost => "pcost",
        Shipping => "ship",
        PostRate => "post",
        HybridBase => "hb",
        HybridBonus => "bonus",
        HybridThreshold => "thr",
        HybridCommission => "hcom",
        PlatformFee => "pf",
        McnCommission => "mcn",
        AgencyFee => "af",
        FxSpread => "fx",
        UsageShare => "ur",
        UsageMonths => "um",
        GiftedPerformance => "gp",
        GiftedUsage => "gur",
        SeedingLine => "seedmax",
        BankFx => "bfx",
        _ => return None,
    })
}

/// The link pairs of a form, in field order, every key written.
pub fn encode(form: &CompensationForm) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::with_capacity(30);
    for field in Field::ALL {
        if let Some(k) = key(field) {
            pairs.push((k, form.text(field).to_string()));
        } else if let Some((k, parts)) = RANGES.iter().find(|(_, p)| p[0] == field) {
            pairs.push((k, join_cells(&parts.map(|f| form.text(f)))));
        }
        if field == Field::Returns {
            pairs.push(("basis", form.basis.key().to_string()));
        }
        if field == Field::Quote {
            // `qcur=cur`: the quote is in the display currency (`cur`).
            let unit = if form.quote_in_display { "cur" } else { "cny" };
            pairs.push(("qcur", unit.to_string()));
        }
        if field == Field::McnCommission {
            let source = if form.quote_is_net { "net" } else { "mcn" };
            pairs.push(("qsrc", source.to_string()));
        }
    }
    pairs
}

/// Whether the form's link stays under the limit (with room for the shared
/// keys). Only pathological typing can overflow it.
pub fn fits(form: &CompensationForm) -> bool {
    crate::link::fits(&encode(form))
}

/// Reads the calculator's keys. Every value goes into its field as written
/// (an estimate cell by cell), where the form reads it as it would have read
/// it on the page; only what no field can hold keeps its default and leaves
/// a notice in the reader.
pub fn decode(reader: &mut LinkReader) -> CompensationForm {
    let mut form = CompensationForm::default();
    for field in Field::ALL {
        if let Some(k) = key(field) {
            if let Some(v) = reader.take(k) {
                if let Some(slot) = form.text_mut(field) {
                    *slot = v;
                }
            }
        } else if let Some((k, parts)) = RANGES.iter().find(|(_, p)| p[0] == field) {
            if let Some(cells) = reader.take_cells(k, parts.len()) {
                for (f, text) in parts.iter().zip(cells) {
                    if let Some(slot) = form.text_mut(*f) {
                        *slot = text;
                    }
                }
            }
        }
    }
    if let Some(v) = reader.take_valid("basis", |v| Basis::from_key(v).is_some()) {
        form.basis = Basis::from_key(&v).unwrap_or(Basis::Sale);
    }
    if let Some(v) = reader.take_valid("qcur", |v| v == "cny" || v == "cur") {
        form.quote_in_display = v == "cur";
    }
    if let Some(v) = reader.take_valid("qsrc", |v| v == "mcn" || v == "net") {
        form.quote_is_net = v == "net";
    }
    form
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_form_round_trips_without_notices() {
        let form = CompensationForm::default();
        let mut reader = LinkReader::new(&crate::link::build_query(&encode(&form)));
        assert_eq!(decode(&mut reader), form);
        assert!(reader.finish().is_empty());
        assert!(fits(&form));
    }
}
