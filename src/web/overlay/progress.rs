//! The second step of an opening: once the reader view is on screen, the article is
//! understood and the overlay completed (the summary panel, and the article drawn again
//! with its sentences and dollar chips).
//!
//! The first click on a page pays for the compilation of most of the core, so the reader
//! sees the article this much sooner. [`after_paint`] waits for the next frame (the one that
//! shows the reader view), then for one task, then yields once more so that the tasks
//! queued during that frame (input, the page's own) go first. A document that draws no
//! frames (a tab in the background) completes on a timer instead. Whatever needs the full
//! analysis before then ("Copy summary") completes it at once ([`Overlay::complete`]).

use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::actions::Overlay;
use super::{panel, reader};
use crate::report::summary::Summary;

/// When a document that draws no frames completes its overlay, in ms.
const WITHOUT_FRAMES_MS: i32 = 250;

/// Completes `overlay` after the browser has painted its reader view.
pub fn after_paint(overlay: &Rc<Overlay>) -> Result<(), JsValue> {
    if overlay.finish.borrow().is_none() {
        return Ok(());
    }
    let window = overlay.doc.default_view().ok_or_else(|| JsValue::from_str("the document has no window"))?;
    let complete = Rc::downgrade(overlay);
    let timer = Closure::once_into_js(move || finish(&complete));
    window.set_timeout_with_callback_and_timeout_and_arguments_0(timer.unchecked_ref(), WITHOUT_FRAMES_MS)?;
    let weak = Rc::downgrade(overlay);
    let frame = Closure::once_into_js(move || later(weak, 2));
    window.request_animation_frame(frame.unchecked_ref())?;
    Ok(())
}

/// Completes the overlay after `hops` more tasks.
fn later(overlay: Weak<Overlay>, hops: u32) {
    let Some(window) = overlay.upgrade().and_then(|o| o.doc.default_view()) else { return };
    let next = Closure::once_into_js(move || match hops {
        0 | 1 => finish(&overlay),
        _ => later(overlay, hops - 1),
    });
    if window.set_timeout_with_callback_and_timeout_and_arguments_0(next.unchecked_ref(), 0).is_err() {
        // No timer: the reader is waiting, complete it now.
        let _ = next.unchecked_ref::<js_sys::Function>().call0(&JsValue::NULL);
    }
}

/// Completes the overlay if it is still open.
fn finish(overlay: &Weak<Overlay>) {
    if let Some(overlay) = overlay.upgrade() {
        if let Err(e) = overlay.complete() {
            web_sys::console::warn_2(&"Lede could not draw the summary:".into(), &e);
        }
    }
}

impl Overlay {
    /// Understands the article and draws what depends on it, once; nothing to do when the
    /// overlay is complete.
    pub fn complete(&self) -> Result<(), JsValue> {
        let Some(finish) = self.finish.borrow_mut().take() else { return Ok(()) };
        crate::web::mark("lede-resumed");
        let analysis = finish();
        let summary = Summary::new(&analysis);
        if let Some(body) = self.root.query_selector("#lede-panel-body")? {
            panel::sections(&self.doc, &body, &summary)?;
            body.remove_attribute("aria-busy")?;
        }
        crate::web::mark("lede-panel");
        if let Some(old) = self.root.query_selector(".lede-article")? {
            let focused = self.shadow.active_element().is_some_and(|e| old.contains(Some(e.as_ref())));
            let article = reader::article(&self.doc, &analysis, &self.pictures)?;
            old.replace_with_with_node_1(&article)?;
            if focused {
                // What had the focus is gone with the first drawing: the dialog takes it.
                self.root.dyn_ref::<web_sys::HtmlElement>().map(|r| r.focus()).transpose()?;
            }
        }
        *self.analysis.borrow_mut() = analysis;
        *self.summary.borrow_mut() = summary;
        crate::web::mark("lede-complete");
        Ok(())
    }
}
