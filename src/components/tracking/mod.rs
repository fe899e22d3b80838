pub mod comparison;
pub mod cycle_tracker;
pub mod tracking_view;
pub mod trends;
