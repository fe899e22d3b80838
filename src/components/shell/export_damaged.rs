use yew::prelude::*;

use crate::browser;
use crate::storage::{self, Damage, Kept};
use crate::store::use_store;

#[derive(Properties, PartialEq)]
pub struct ExportDamagedProps {
    pub damage: Damage,
}

/// Downloads a damaged model's text exactly as stored, from where it is kept now: offered
/// at once where the damage is reported, whether it was set aside or left in place.
#[component]
pub fn ExportDamaged(props: &ExportDamagedProps) -> Html {
    let store = use_store();
    let key = match &props.damage.kept {
        Kept::Aside(key) | Kept::InPlace(key) => key.clone(),
    };
    let export = Callback::from(move |_: MouseEvent| {
        if let Some(text) = storage::get(&key) {
            let name = format!("{}.txt", key.replace('.', "-"));
            browser::download(&name, "text/plain;charset=utf-8", &text);
        }
    });
    html! {
        <button type="button" class="button-quiet" onclick={export}>
            { store.lang.texts().shell.export_damaged }
        </button>
    }
}
