#include "document/Document.h"

#include <optional>

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

void Document::addEntry(Node& map, const Node* key, const Node* value) {
  constexpr std::size_t kIndexed = 32;
  // YAML merge keys ("<<") may repeat; anything but a scalar key is kept as written.
  if (!key || !key->isScalar() || key->text == "<<") {
    map.entries.emplace_back(key, value);
    return;
  }
  std::optional<std::size_t> at;
  if (map.entries.size() < kIndexed) {
    for (std::size_t i = 0; i < map.entries.size(); ++i)
      if (map.entries[i].first && map.entries[i].first->isScalar() && map.entries[i].first->text == key->text) at = i;
  } else {
    auto& index = keyIndex_[&map];
    if (index.empty())
      for (std::size_t i = 0; i < map.entries.size(); ++i)
        if (map.entries[i].first && map.entries[i].first->isScalar()) index[map.entries[i].first->text] = i;
    if (auto it = index.find(key->text); it != index.end()) at = it->second;
    if (!at) index[key->text] = map.entries.size();
  }
  if (!at) {
    map.entries.emplace_back(key, value);
    return;
  }
  duplicates_.push_back({key->text, map.entries[*at].first->range, key->range});
  map.entries[*at] = {key, value};
}

}  // namespace faaslint::document
