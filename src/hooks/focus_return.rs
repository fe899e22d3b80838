//! Focus that comes back where it left from.

use yew::prelude::*;

use crate::browser;
use crate::components::shell::header::PRESENT_BUTTON;

/// After the presentation, the focus goes back to the button that opened it.
#[hook]
pub fn use_focus_return(presenting: bool) {
    let was = use_mut_ref(|| false);
    use_effect_with(presenting, move |presenting| {
        if *was.borrow() && !presenting {
            browser::focus_first(&format!("#{PRESENT_BUTTON}"));
        }
        *was.borrow_mut() = *presenting;
    });
}
