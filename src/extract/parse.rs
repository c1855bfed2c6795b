//! Parsing a page into the document the engine reads, without keeping its parse errors.
//!
//! dom_query's own parser (`Document::from`) records every parse error the HTML parser
//! reports, and html5ever formats a message for each (`Saw < in state TagOpen`): a page of
//! ten million stray `<` kept ten million strings, most of a gigabyte, which nothing reads.
//! [`document`] parses with the same options into the same `Document` through [`Quiet`],
//! a sink that hands every tree operation to the document and drops the errors.

use std::borrow::Cow;
use std::cell::Ref;

use dom_query::{Document, NodeId};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tokenizer::TokenizerOpts;
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeBuilderOpts, TreeSink};
use html5ever::{parse_document, Attribute, ParseOpts, QualName};

/// The page as a document; the same tree `Document::from` builds.
pub fn document(html: &str) -> Document {
    let opts = ParseOpts {
        tokenizer: TokenizerOpts::default(),
        // As dom_query parses: `<noscript>` content is markup, as a reader without scripts
        // would see it.
        tree_builder: TreeBuilderOpts { scripting_enabled: false, ..Default::default() },
    };
    parse_document(Quiet(Document::default()), opts).one(html)
}

/// The document as a parser sink, parse errors dropped.
struct Quiet(Document);

impl TreeSink for Quiet {
    type Handle = NodeId;
    type Output = Document;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Document {
        self.0
    }
    fn parse_error(&self, _: Cow<'static, str>) {}
    fn get_document(&self) -> NodeId {
        self.0.get_document()
    }
    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.0.get_template_contents(target)
    }
    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.0.set_quirks_mode(mode)
    }
    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.0.same_node(x, y)
    }
    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        self.0.elem_name(target)
    }
    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        self.0.create_element(name, attrs, flags)
    }
    fn create_comment(&self, text: StrTendril) -> NodeId {
        self.0.create_comment(text)
    }
    fn create_pi(&self, target: StrTendril, data: StrTendril) -> NodeId {
        self.0.create_pi(target, data)
    }
    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.0.append(parent, child)
    }
    fn append_before_sibling(&self, sibling: &NodeId, child: NodeOrText<NodeId>) {
        self.0.append_before_sibling(sibling, child)
    }
    fn append_based_on_parent_node(&self, element: &NodeId, prev: &NodeId, child: NodeOrText<NodeId>) {
        self.0.append_based_on_parent_node(element, prev, child)
    }
    fn append_doctype_to_document(&self, name: StrTendril, public_id: StrTendril, system_id: StrTendril) {
        self.0.append_doctype_to_document(name, public_id, system_id)
    }
    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        self.0.add_attrs_if_missing(target, attrs)
    }
    fn remove_from_parent(&self, target: &NodeId) {
        self.0.remove_from_parent(target)
    }
    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.0.reparent_children(node, new_parent)
    }
    fn is_mathml_annotation_xml_integration_point(&self, handle: &NodeId) -> bool {
        self.0.is_mathml_annotation_xml_integration_point(handle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_tree_as_dom_query_builds_without_the_errors() {
        let page = "<!doctype html><html><head><title>T</title></head><body><p>a < b<table><tr><td>x\
                    <b><p>c</b>d<svg><desc><i>e</svg><template><li>f</template><noscript><p>g</noscript>";
        let ours = document(page);
        let theirs = Document::from(page);
        assert_eq!(ours.html(), theirs.html());
        assert!(!theirs.errors.borrow().is_empty(), "the page has parse errors");
        assert!(ours.errors.borrow().is_empty());
    }
}
