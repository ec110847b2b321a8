//! Saved scenarios on a calculator page: save the scenario in the address
//! under a name, then list, open, rename, duplicate, delete and compare the
//! calculator's saved ones. Storage is optional: where the browser blocks
//! it, or a write fails, the panel says so and the page keeps working. A
//! store already full when the page opens is still listed, and Save stays
//! offered: it works again as soon as space is freed. Each write is read
//! back to verify it. What this version cannot read is kept as it was and
//! counted (`crate::saved`). Leaving the page with unsaved edits to an
//! opened scenario asks first.

use super::browser::{self, StorageRefusal};
use crate::calculators::Calculator;
use crate::i18n::{Key, Lang};
use crate::link::{build_query, split_hash};
use crate::saved::{self, Saved, Store};
use std::rc::Rc;
use yew::prelude::*;

/// Where the scenarios are stored.
const STORAGE_KEY: &str = "kolcalc.saved";

/// Props of [`SavedScenarios`].
#[derive(Properties, PartialEq)]
pub struct SavedScenariosProps {
    /// The calculator on the page.
    pub calculator: Calculator,
    /// Language.
    pub lang: Lang,
}

#[derive(Clone, PartialEq)]
enum Status {
    None,
    Saved(String),
    /// Storage refused the write for another reason than space.
    WriteFailed,
    /// The write was stored but did not read back as written.
    Unverified,
    /// The browser's storage for this site is full.
    StorageFull,
    /// The store holds the most scenarios it shows.
    Full,
    /// The store was written by a newer version and is left as it is.
    NewerStore,
}

/// The stored scenarios, with what this version keeps unread.
fn load() -> Store {
    browser::stored(STORAGE_KEY).map_or_else(Store::default, |text| saved::decode(&text))
}

/// Writes the store and reads it back: every entry must come back as it is.
fn write(store: &Store) -> Status {
    if !store.writable() {
        return Status::NewerStore;
    }
    let text = saved::encode(store);
    if !saved::reads_back(store, &text) {
        return Status::Unverified;
    }
    match browser::store_or_why(STORAGE_KEY, &text) {
        Err(StorageRefusal::Full) => Status::StorageFull,
        Err(StorageRefusal::Unavailable) => Status::WriteFailed,
        Ok(()) => match browser::stored(STORAGE_KEY) {
            Some(back) if back == text && saved::reads_back(store, &back) => Status::None,
            _ => Status::Unverified,
        },
    }
}

/// The scenario's query in the address, without the embed flag.
fn current_query() -> String {
    let hash = browser::location_hash();
    split_hash(&hash)
        .1
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("embed="))
        .collect::<Vec<_>>()
        .join("&")
}

/// The saved-scenarios panel.
#[function_component]
pub fn SavedScenarios(props: &SavedScenariosProps) -> Html {
    // Blocked storage stays blocked while the page is open; full storage
    // may be freed, so the panel then stays and says so.
    let state = *use_memo((), |_| browser::storage_state());
    let available = state != Err(StorageRefusal::Unavailable);
    let stored = use_memo((), |_| load());
    let list = use_state(|| stored.entries.clone());
    // Counted when the page opens and after each write.
    let unread = use_state(|| (stored.damaged(), stored.kept_unread()));
    let status = use_state(|| {
        if !stored.writable() {
            Status::NewerStore
        } else if state == Err(StorageRefusal::Full) {
            Status::StorageFull
        } else {
            Status::None
        }
    });
    let name = use_state(String::new);
    let renaming = use_state(|| None::<(u64, String)>);
    let selected = use_state(Vec::<u64>::new);
    // The saved scenario last opened here, to warn before its edits are
    // lost (read by the unload listener, so a cell; setting it redraws the
    // panel for its Update button).
    let opened = use_mut_ref(|| None::<Saved>);
    let redraw = use_force_update();
    {
        let opened = opened.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new_with_options(
                    &window,
                    "beforeunload",
                    gloo::events::EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        let unsaved = !browser::opening_another_page()
                            && opened
                                .borrow()
                                .as_ref()
                                .is_some_and(|s: &Saved| s.query != current_query());
                        if unsaved {
                            event.prevent_default();
                            let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"".into());
                        }
                    },
                )
            });
            move || drop(listener)
        });
    }
    let lang = props.lang;
    let t = |k| lang.text(k);
    let slug = props.calculator.slug();
    if !available {
        return html! {
            <section class="saved" aria-labelledby="saved-title">
                <h2 id="saved-title">{ t(Key::SavedTitle) }</h2>
                <p class="field-hint" id="saved-unavailable">{ t(Key::SavedUnavailable) }</p>
            </section>
        };
    }
    // Applies `change` to the stored list (fresh from storage, so another
    // tab's saves are kept), writes it and reports.
    let update: Update = {
        let list = list.clone();
        let status = status.clone();
        let unread = unread.clone();
        Rc::new(move |change: &dyn Fn(&mut Store) -> Option<String>| {
            let mut current = load();
            let saved_name = change(&mut current);
            match write(&current) {
                Status::None => {
                    status.set(saved_name.map_or(Status::None, Status::Saved));
                    // Read again: a scenario beyond the most shown comes
                    // into view once another is deleted.
                    let written = load();
                    unread.set((written.damaged(), written.kept_unread()));
                    list.set(written.entries);
                }
                failed => status.set(failed),
            }
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            name.set(input.value());
        })
    };
    // Refuses a new entry when the store holds the most it keeps.
    let full = {
        let status = status.clone();
        move || {
            let full = load().entries.len() >= saved::MAX_SAVED;
            if full {
                status.set(Status::Full);
            }
            full
        }
    };
    let on_save = {
        let update = update.clone();
        let name = name.clone();
        let opened = opened.clone();
        let full = full.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if full() {
                return;
            }
            let typed = (*name).clone();
            let opened = opened.clone();
            update(&move |store: &mut Store| {
                let id = store.next_id();
                let list = &mut store.entries;
                let base = if saved::clean_name(&typed).is_empty() {
                    format!(
                        "{} {}",
                        lang.text(Key::SavedDefaultName),
                        list.iter().filter(|s| s.calculator == slug).count() + 1
                    )
                } else {
                    typed.clone()
                };
                let entry = Saved {
                    id,
                    name: saved::unique_name(list, slug, &base),
                    calculator: slug.to_string(),
                    format: crate::link::FORMAT_VERSION,
                    query: current_query(),
                };
                let shown = entry.name.clone();
                *opened.borrow_mut() = Some(entry.clone());
                list.push(entry);
                Some(shown)
            });
            name.set(String::new());
        })
    };
    let on_update_opened = {
        let update = update.clone();
        let opened = opened.clone();
        Callback::from(move |_| {
            let Some(id) = opened.borrow().as_ref().map(|s| s.id) else {
                return;
            };
            let opened = opened.clone();
            update(&move |store: &mut Store| {
                let entry = store.entries.iter_mut().find(|s| s.id == id)?;
                entry.query = current_query();
                entry.format = crate::link::FORMAT_VERSION;
                *opened.borrow_mut() = Some(entry.clone());
                Some(entry.name.clone())
            });
        })
    };
    let mine: Vec<Saved> = list
        .iter()
        .filter(|s| s.calculator == slug)
        .cloned()
        .collect();
    let rows = mine.iter().map(|entry| {
        let id = entry.id;
        let current = saved::migrate(entry);
        let href = format!("#/{slug}?{}", current.query);
        let on_open = {
            let opened = opened.clone();
            let current = current.clone();
            let redraw = redraw.clone();
            Callback::from(move |_: MouseEvent| {
                *opened.borrow_mut() = Some(current.clone());
                redraw.force_update();
            })
        };
        let on_duplicate = {
            let update = update.clone();
            let full = full.clone();
            Callback::from(move |_| {
                if full() {
                    return;
                }
                update(&move |store: &mut Store| {
                    let new_id = store.next_id();
                    let list = &mut store.entries;
                    let source = list.iter().find(|s| s.id == id)?.clone();
                    let copy = Saved {
                        id: new_id,
                        name: saved::unique_name(list, slug, &source.name),
                        ..source
                    };
                    let shown = copy.name.clone();
                    list.push(copy);
                    Some(shown)
                })
            })
        };
        let on_delete = {
            let update = update.clone();
            let selected = selected.clone();
            Callback::from(move |_| {
                update(&move |store: &mut Store| {
                    store.entries.retain(|s| s.id != id);
                    None
                });
                selected.set(selected.iter().copied().filter(|&s| s != id).collect());
            })
        };
        let on_rename = {
            let renaming = renaming.clone();
            let current_name = entry.name.clone();
            Callback::from(move |_| renaming.set(Some((id, current_name.clone()))))
        };
        let on_select = {
            let selected = selected.clone();
            Callback::from(move |event: Event| {
                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                let mut now: Vec<u64> = selected.iter().copied().filter(|&s| s != id).collect();
                if input.checked() {
                    now.push(id);
                }
                selected.set(now);
            })
        };
        let is_selected = selected.contains(&id);
        let editing = renaming.as_ref().filter(|(r, _)| *r == id).map(|(_, text)| text.clone());
        html! {
            <li class="saved-item" key={id}>
                <input type="checkbox" id={format!("saved-select-{id}")} checked={is_selected}
                    disabled={!is_selected && selected.len() >= 3} onchange={on_select}
                    aria-label={lang.format(Key::SavedSelect, &[&entry.name])} />
                if let Some(text) = editing {
                    { rename_form(id, text, &renaming, &update, lang, slug) }
                } else {
                    <a class="saved-name" href={href} onclick={on_open}>{ entry.name.clone() }</a>
                    <span class="saved-actions">
                        <button type="button" class="secondary" onclick={on_rename}
                            aria-label={lang.format(Key::SavedRenameNamed, &[&entry.name])}>{ t(Key::SavedRename) }</button>
                        <button type="button" class="secondary" onclick={on_duplicate}
                            aria-label={lang.format(Key::SavedDuplicateNamed, &[&entry.name])}>{ t(Key::SavedDuplicate) }</button>
                        <button type="button" class="secondary" onclick={on_delete}
                            aria-label={lang.format(Key::SavedDeleteNamed, &[&entry.name])}>{ t(Key::SavedDelete) }</button>
                    </span>
                }
            </li>
        }
    });
    let compare_href = {
        let chosen: Vec<&Saved> = mine.iter().filter(|s| selected.contains(&s.id)).collect();
        (chosen.len() >= 2).then(|| {
            // No language: the comparison opens in its reader's.
            let mut pairs: Vec<(&'static str, String)> = vec![("calc", slug.to_string())];
            for (s, (n, q)) in chosen
                .iter()
                .zip([("n1", "s1"), ("n2", "s2"), ("n3", "s3")])
            {
                pairs.push((n, s.name.clone()));
                pairs.push((q, saved::migrate(s).query));
            }
            format!("#/compare?{}", build_query(&pairs))
        })
    };
    let opened_name = opened
        .borrow()
        .as_ref()
        .filter(|s| s.calculator == slug)
        .map(|s| s.name.clone());
    html! {
        <section class="saved" aria-labelledby="saved-title">
            <h2 id="saved-title">{ t(Key::SavedTitle) }</h2>
            <form class="saved-form" onsubmit={on_save}>
                <label for="saved-name">{ t(Key::SavedNameLabel) }</label>
                <input id="saved-name" type="text" autocomplete="off" maxlength="80" value={(*name).clone()} oninput={on_name} />
                <button type="submit">{ t(Key::SavedSave) }</button>
                if let Some(opened_name) = opened_name {
                    <button type="button" class="secondary" id="saved-update" onclick={on_update_opened}>
                        { lang.format(Key::SavedUpdate, &[&opened_name]) }
                    </button>
                }
            </form>
            <p class="saved-status" role="status" aria-live="polite">
                { match &*status {
                    Status::None => String::new(),
                    Status::Saved(n) => lang.format(Key::SavedDone, &[n]),
                    Status::WriteFailed => t(Key::SavedWriteFailed).to_string(),
                    Status::Unverified => t(Key::SavedUnverified).to_string(),
                    Status::StorageFull => t(Key::SavedStorageFull).to_string(),
                    Status::Full => lang.format(Key::SavedFull, &[&saved::MAX_SAVED.to_string()]),
                    Status::NewerStore => t(Key::SavedNewerStore).to_string(),
                } }
            </p>
            if unread.0 > 0 || unread.1 > 0 {
                <p class="field-hint" id="saved-unread">
                    if unread.0 > 0 {
                        { lang.format(Key::SavedDamaged, &[&unread.0.to_string()]) }{ " " }
                    }
                    if unread.1 > 0 {
                        { lang.format(Key::SavedKeptUnread, &[&unread.1.to_string(), &saved::MAX_SAVED.to_string()]) }
                    }
                </p>
            }
            if mine.is_empty() {
                <p class="field-hint">{ t(Key::SavedNone) }</p>
            } else {
                <ul class="saved-list">{ for rows }</ul>
                <p class="saved-compare">
                    if let Some(href) = compare_href {
                        <a class="button-link" id="saved-compare" href={href}>{ t(Key::SavedCompare) }</a>
                    } else {
                        <span class="field-hint">{ t(Key::SavedCompareHint) }</span>
                    }
                </p>
            }
        </section>
    }
}

type Update = Rc<dyn Fn(&dyn Fn(&mut Store) -> Option<String>)>;

/// The inline form that renames scenario `id`.
fn rename_form(
    id: u64,
    text: String,
    renaming: &UseStateHandle<Option<(u64, String)>>,
    update: &Update,
    lang: Lang,
    slug: &'static str,
) -> Html {
    let on_input = {
        let renaming = renaming.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            renaming.set(Some((id, input.value())));
        })
    };
    let on_submit = {
        let renaming = renaming.clone();
        let update = update.clone();
        let text = text.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let text = text.clone();
            update(&move |store: &mut Store| {
                let list = &mut store.entries;
                let others: Vec<Saved> = list.iter().filter(|s| s.id != id).cloned().collect();
                let name = saved::unique_name(&others, slug, &text);
                let entry = list.iter_mut().find(|s| s.id == id)?;
                if !name.is_empty() {
                    entry.name = name;
                }
                Some(entry.name.clone())
            });
            renaming.set(None);
        })
    };
    let input_id = format!("saved-rename-{id}");
    html! {
        <form class="saved-rename" onsubmit={on_submit}>
            <label for={input_id.clone()} class="visually-hidden">{ lang.text(Key::SavedNameLabel) }</label>
            <input id={input_id} type="text" maxlength="80" value={text} oninput={on_input} />
            <button type="submit">{ lang.text(Key::SavedRenameDone) }</button>
        </form>
    }
}
