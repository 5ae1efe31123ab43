// Turns the raw bytes of an article file into NFC UTF-8 text, or says why
// it cannot.
//
// Vietnamese text still arrives in legacy encodings. UTF-8 is tried first;
// text that is not valid UTF-8 is decoded as Windows-1258 (whose tone marks
// are combining characters, so NFC follows) and accepted only when the
// result looks like Vietnamese. TCVN3, VISCII and VNI cannot be told apart
// reliably, so they are rejected with a hint naming the iconv command that
// converts them (../shared notes §6).
#ifndef TINTUC_COMMON_TEXT_DECODER_H
#define TINTUC_COMMON_TEXT_DECODER_H

#include <string>
#include <string_view>

namespace tintuc {

enum class SourceEncoding { utf8, windows1258 };

struct DecodedText {
    bool ok = false;
    // NFC UTF-8 text without BOM and without soft hyphens (U+00AD), when ok.
    std::string text;
    SourceEncoding encoding = SourceEncoding::utf8;
    // When !ok: a short lower-case reason without the file name, e.g.
    // "empty file", "binary file (contains NUL bytes)",
    // "not UTF-8 or Windows-1258; looks like TCVN3, VISCII or VNI: convert it
    // with 'iconv -f TCVN5712-1 -t UTF-8' or 'iconv -f VISCII -t UTF-8'".
    std::string error;
};

// Decodes `bytes` (a whole file). An empty file (or one holding only a BOM
// and white space) and a file with NUL bytes are errors. Never throws.
DecodedText decode_text(std::string_view bytes);

// Returns `text` (valid UTF-8) in NFC with U+00AD removed; cheap when the
// text is already NFC. Used by decode_text() and for queries.
std::string normalise_nfc(std::string_view text);

}  // namespace tintuc

#endif
