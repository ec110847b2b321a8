//! Messages built from values: field errors and link notices.

use super::{Key, Lang};
use crate::link::LinkNotice;
use crate::units::{format_number, plain_number, FieldError};

/// What is wrong with a field, in `lang`.
pub fn field_error(lang: Lang, error: FieldError) -> String {
    match error {
        FieldError::Empty => lang.text(Key::ErrEmpty).to_string(),
        FieldError::NotANumber => lang.text(Key::ErrNotANumber).to_string(),
        FieldError::Negative => lang.text(Key::ErrNegative).to_string(),
        FieldError::Zero => lang.text(Key::ErrZero).to_string(),
        FieldError::NotWhole => lang.text(Key::ErrNotWhole).to_string(),
        FieldError::TooLarge { max } => {
            lang.format(Key::ErrTooLarge, &[&format_number(max, 0, lang)])
        }
        FieldError::OutOfRange { min, max } => lang.format(
            Key::ErrOutOfRange,
            &[&plain_number(min, 6), &plain_number(max, 6)],
        ),
        FieldError::NotAscending => lang.text(Key::ErrNotAscending).to_string(),
        FieldError::NotADate => lang.text(Key::ErrNotADate).to_string(),
        FieldError::NotOrdered => lang.text(Key::ErrNotOrdered).to_string(),
        FieldError::AmbiguousDate {
            day_first,
            month_first,
        } => lang.format(
            Key::ErrAmbiguousDate,
            &[
                &day_first.display(lang),
                &month_first.display(lang),
                &day_first.iso(),
            ],
        ),
        FieldError::YuanOnly { typed } => lang.format(Key::ErrYuanOnly, &[typed.code()]),
        FieldError::QuoteCurrency { typed, expected } => {
            lang.format(Key::ErrQuoteCurrency, &[typed.code(), expected.code()])
        }
        FieldError::OtherCurrency { typed, expected } => {
            lang.format(Key::ErrOtherCurrency, &[typed.code(), expected.code()])
        }
    }
}

/// A link notice, in `lang`.
pub fn link_notice(lang: Lang, notice: &LinkNotice) -> String {
    match notice {
        LinkNotice::TooLong { bytes } => lang.format(Key::NoticeTooLong, &[&bytes.to_string()]),
        LinkNotice::Ignored { key, value } => lang.format(Key::NoticeIgnored, &[key, value]),
        LinkNotice::UnknownKey { key } => lang.format(Key::NoticeUnknownKey, &[key]),
        LinkNotice::Repeated { key } => lang.format(Key::NoticeRepeated, &[key]),
        LinkNotice::TooManyRows { key, rows, max } => lang.format(
            Key::NoticeTooManyRows,
            &[key, &rows.to_string(), &max.to_string()],
        ),
        LinkNotice::UnreadableList { key, value } => {
            lang.format(Key::NoticeUnreadableList, &[key, value])
        }
        LinkNotice::NewerFormat { version } => lang.format(Key::NoticeNewerFormat, &[version]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_speak_both_languages() {
        assert_eq!(
            field_error(Lang::En, FieldError::NotWhole),
            "Must be a whole number."
        );
        assert_eq!(field_error(Lang::Zh, FieldError::Negative), "不能为负数。");
        assert_eq!(
            field_error(
                Lang::En,
                FieldError::OutOfRange {
                    min: 0.0,
                    max: 100.0
                }
            ),
            "Must be between 0 and 100."
        );
        assert_eq!(
            link_notice(Lang::Zh, &LinkNotice::Repeated { key: "f".into() }),
            "f 出现了多次，只采用第一个值。"
        );
    }
}
