//! The floor page: one function component with one `<input>` and one
//! `<output>` that shows the input's text on every input event.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component]
fn Floor() -> Html {
    let value = use_state(|| String::from("0"));
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            value.set(input.value());
        })
    };
    html! {
        <main>
            <input id="floor-input" value={(*value).clone()} {oninput} />
            <output name="floor" data-value={(*value).clone()}>{ (*value).clone() }</output>
        </main>
    }
}

fn main() {
    yew::Renderer::<Floor>::new().render();
}
