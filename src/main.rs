fn main() {
    kontaktpunkt::start();
}
