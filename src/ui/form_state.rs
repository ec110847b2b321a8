//! A page's form as a reducer: each edit is a small function applied to the
//! latest form, so quick successive events never work on a stale copy.

use std::rc::Rc;
use yew::prelude::*;

/// A form held by a page.
#[derive(Clone, Debug, PartialEq)]
pub struct FormState<F>(pub F);

/// An edit of a form.
pub struct Edit<F>(Box<dyn FnOnce(&mut F)>);

impl<F: Clone> Reducible for FormState<F> {
    type Action = Edit<F>;

    fn reduce(self: Rc<Self>, edit: Edit<F>) -> Rc<Self> {
        let mut form = self.0.clone();
        (edit.0)(&mut form);
        Rc::new(FormState(form))
    }
}

/// The handle a page edits its form through.
#[derive(Clone, PartialEq)]
pub struct FormHandle<F: Clone + PartialEq + 'static>(UseReducerHandle<FormState<F>>);

impl<F: Clone + PartialEq + 'static> FormHandle<F> {
    /// The current form.
    pub fn get(&self) -> &F {
        &self.0 .0
    }

    /// Applies an edit.
    pub fn edit(&self, edit: impl FnOnce(&mut F) + 'static) {
        self.0.dispatch(Edit(Box::new(edit)));
    }

    /// An editor that stays equal from render to render, for callbacks
    /// that should not make their children re-render.
    pub fn editor(&self) -> FormEditor<F> {
        FormEditor(self.0.dispatcher())
    }

    /// A callback that writes its text into the field `field` picks.
    pub fn setter(&self, field: fn(&mut F) -> &mut String) -> Callback<String> {
        let handle = self.clone();
        Callback::from(move |text: String| handle.edit(move |form| *field(form) = text))
    }
}

/// Edits a form; equal across renders (see [`FormHandle::editor`]).
#[derive(Clone, PartialEq)]
pub struct FormEditor<F: Clone + 'static>(UseReducerDispatcher<FormState<F>>);

impl<F: Clone + 'static> FormEditor<F> {
    /// Applies an edit.
    pub fn edit(&self, edit: impl FnOnce(&mut F) + 'static) {
        self.0.dispatch(Edit(Box::new(edit)));
    }
}

/// Holds a form, starting from `initial`.
#[hook]
pub fn use_form<F: Clone + PartialEq + 'static>(initial: impl FnOnce() -> F) -> FormHandle<F> {
    FormHandle(use_reducer(move || FormState(initial())))
}
