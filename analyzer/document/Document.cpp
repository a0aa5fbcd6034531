#include "document/Document.h"

namespace faaslint::document {

const Node* Node::get(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k->isScalar() && k->text == key) return v;
  return nullptr;
}

const Node* Node::keyNode(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k->isScalar() && k->text == key) return k;
  return nullptr;
}

const Node* Node::at(std::initializer_list<std::string_view> keys) const {
  const Node* n = this;
  for (auto k : keys) {
    if (!n || !n->isMap()) return nullptr;
    n = n->get(k);
  }
  return n;
}

}  // namespace faaslint::document
