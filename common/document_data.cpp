#include "document_data.h"

namespace tintuc {

std::string encode_document_data(const nlohmann::ordered_json& fields, std::string_view text) {
    std::string out = fields.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    out += '\n';
    out += text;
    return out;
}

DocumentData decode_document_data(std::string_view data) {
    DocumentData out;
    const std::size_t newline = data.find('\n');
    const std::string_view json = data.substr(0, newline);
    out.fields = nlohmann::ordered_json::parse(json.begin(), json.end(), nullptr, false);
    if (!out.fields.is_object()) out.fields = nullptr;
    if (newline != std::string_view::npos) out.text.assign(data.substr(newline + 1));
    return out;
}

}  // namespace tintuc
