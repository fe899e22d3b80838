//! Hooks that tie components to the browser (host-page messages); no rendering here.

pub mod widget_messages;
