//! Forms keep what the user typed as text, one string per field; this trait
//! lets shared widgets read and edit any calculator's fields by name.

/// A form whose fields are text, addressed by a field enum.
pub trait FieldText: Clone + PartialEq + 'static {
    /// The field enum of the form.
    type Field: Copy + PartialEq + 'static;

    /// The text of a field.
    fn text(&self, field: Self::Field) -> &str;

    /// The text of a field, to edit; `None` when it no longer exists (a
    /// removed row).
    fn text_mut(&mut self, field: Self::Field) -> Option<&mut String>;
}
