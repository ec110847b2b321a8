//! The budget mix's public link keys (documented in README): one key per
//! single-value field (`b` budget in the display currency, `vs`, `vm`, `fee`,
//! `post`, `fs`, `cpm`, `ss`, `cpc`, `own`, `minseed`, `minrev`, `headcap`,
//! `maxshare`, `seed`, `spread`), `obj` the objective (`eng`, `reach`,
//! `notes`), and one key per tier (`head`, `mid`, `tail`, `koc`, `seeding`)
//! holding `price,followers,low%,likely%,high%,fake%,count`, and `reach` the
//! five reach factors in tier order (absent from links made before it: they
//! open with the default factors). Every key is always written so a
//! published link keeps its meaning when defaults change.
//! The presets are ordinary links built from these keys.

use super::form::{Column, Field, Global, MixForm};
use super::model::{Objective, Tier};
use crate::fields::FieldText;
use crate::link::{join_cells, LinkReader};

/// The link pairs of a form.
pub fn encode(form: &MixForm) -> Vec<(&'static str, String)> {
    let mut pairs: Vec<(&'static str, String)> = Global::ALL
        .iter()
        .map(|&g| (g.key(), form.text(Field::Global(g)).to_string()))
        .collect();
    pairs.push(("obj", form.objective.key().to_string()));
    for t in Tier::ALL {
        let cells = Column::TIER_LINK.map(|c| form.text(Field::Cell(t, c)));
        pairs.push((t.key(), join_cells(&cells)));
    }
    let reach = Tier::ALL.map(|t| form.text(Field::Cell(t, Column::Reach)));
    pairs.push(("reach", join_cells(&reach)));
    pairs
}

/// Whether the form's link stays under the limit (it can only overflow
/// when fields hold absurdly long text, which the page then warns about).
pub fn fits(form: &MixForm) -> bool {
    crate::link::fits(&encode(form))
}

/// Reads the calculator's keys. Every value goes into its field as written
/// (a tier cell by cell), where the form reads it as it would have read it
/// on the page; only what no field can hold keeps its default and leaves a
/// notice in the reader.
pub fn decode(reader: &mut LinkReader) -> MixForm {
    let mut form = MixForm::default();
    for g in Global::ALL {
        if let Some(v) = reader.take(g.key()) {
            if let Some(slot) = form.text_mut(Field::Global(g)) {
                *slot = v;
            }
        }
    }
    if let Some(v) = reader.take_valid("obj", |v| Objective::from_key(v).is_some()) {
        form.objective = Objective::from_key(&v).unwrap_or(Objective::Engagements);
    }
    for t in Tier::ALL {
        let Some(cells) = reader.take_cells(t.key(), Column::TIER_LINK.len()) else {
            continue;
        };
        for (c, text) in Column::TIER_LINK.iter().zip(cells) {
            if let Some(slot) = form.text_mut(Field::Cell(t, *c)) {
                *slot = text;
            }
        }
    }
    // Links made before the reach factors open with their defaults.
    if let Some(factors) = reader.take_cells("reach", Tier::ALL.len()) {
        for (t, text) in Tier::ALL.into_iter().zip(factors) {
            if let Some(slot) = form.text_mut(Field::Cell(t, Column::Reach)) {
                *slot = text;
            }
        }
    }
    form
}

/// A preset: its name key in the translation table and its link query.
pub type Preset = (crate::i18n::Key, &'static str);

/// The three presets, as the calculator's own link queries. Each manual mix
/// respects its own rules, so the preset opens without warnings.
pub const PRESETS: [Preset; 3] = [
    (
        crate::i18n::Key::MixPresetKoc,
        "b=100000&vs=20&vm=1.4&fee=10&post=40&fs=10&cpm=30&ss=10&cpc=4&own=15&minseed=50&minrev=2&headcap=0&maxshare=50&seed=7&spread=10&obj=eng&head=50000,800000,1,2,4,15,0&mid=12000,150000,2,4,7,30,2&tail=2500,25000,3,5,8,30,5&koc=500,3000,4,7,12,30,40&seeding=150,1500,4,7,12,30,80&reach=0.5,1,2,3,3",
    ),
    (
        crate::i18n::Key::MixPresetReach,
        "b=1000000&vs=40&vm=1.4&fee=10&post=40&fs=30&cpm=30&ss=10&cpc=4&own=20&minseed=20&minrev=10&headcap=2&maxshare=40&seed=11&spread=10&obj=reach&head=50000,800000,1,2,4,15,2&mid=12000,150000,2,4,7,30,15&tail=2500,25000,3,5,8,30,40&koc=500,3000,4,7,12,30,100&seeding=150,1500,4,7,12,30,50&reach=0.5,1,2,3,3",
    ),
    (
        crate::i18n::Key::MixPresetHead,
        "b=400000&vs=30&vm=1.4&fee=10&post=40&fs=20&cpm=30&ss=10&cpc=4&own=10&minseed=40&minrev=5&headcap=1&maxshare=50&seed=3&spread=10&obj=eng&head=50000,800000,1,2,4,15,1&mid=12000,150000,2,4,7,30,6&tail=2500,25000,3,5,8,30,15&koc=500,3000,4,7,12,30,40&seeding=150,1500,4,7,12,30,60&reach=0.5,1,2,3,3",
    ),
];
