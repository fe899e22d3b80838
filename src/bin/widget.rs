//! The self-check widget's entry point (see `kontaktpunkt::widget`).
fn main() {
    kontaktpunkt::widget::start();
}
