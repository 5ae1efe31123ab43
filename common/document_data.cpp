#include "document_data.h"

#include "schema.h"

namespace tintuc {

void store_document_data(Xapian::Document& doc, const nlohmann::ordered_json& fields, std::string_view text) {
    store_document_fields(doc, fields);
    doc.add_value(schema::kSlotText, std::string(text));
}

void store_document_fields(Xapian::Document& doc, const nlohmann::ordered_json& fields) {
    doc.set_data(fields.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

DocumentData read_document_data(const Xapian::Document& doc) {
    DocumentData out;
    const std::string data = doc.get_data();
    out.fields = nlohmann::ordered_json::parse(data.begin(), data.end(), nullptr, false);
    if (!out.fields.is_object()) out.fields = nullptr;
    out.text = doc.get_value(schema::kSlotText);
    return out;
}

}  // namespace tintuc
