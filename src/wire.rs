//! Server functions' answers as JSON ([`Json`]). The compact encodings of dates, instants and
//! opening status live with the model they encode, in `signpost_model::wire`.

pub use signpost_model::wire::{date, instant, open_status};

/// Server functions' answers as JSON, decoded in the browser from text — with the decoder the
/// page's resources (hydration) and the phone's store use, so each answer type's decoder is
/// compiled into the bundle once rather than once per input type (`server_fn`'s own `Json`
/// decodes bytes: a second copy of every struct's decoder, some 20 KB of the main module).
/// `#[server(..., output = crate::wire::Json)]`.
pub type Json = leptos::server_fn::codec::Post<TextJson>;

/// See [`Json`].
pub struct TextJson;

impl leptos::server_fn::ContentType for TextJson {
    const CONTENT_TYPE: &'static str = "application/json";
}

impl leptos::server_fn::FormatType for TextJson {
    const FORMAT_TYPE: leptos::server_fn::Format = leptos::server_fn::Format::Text;
}

impl<T: serde::Serialize> leptos::server_fn::Encodes<T> for TextJson {
    type Error = serde_json::Error;

    fn encode(output: &T) -> Result<leptos::server_fn::Bytes, Self::Error> {
        serde_json::to_vec(output).map(leptos::server_fn::Bytes::from)
    }
}

impl<T: serde::de::DeserializeOwned> leptos::server_fn::Decodes<T> for TextJson {
    type Error = serde_json::Error;

    fn decode(bytes: leptos::server_fn::Bytes) -> Result<T, Self::Error> {
        // The error says only what it is: formatting the `Utf8Error` itself put its formatter,
        // which nothing else uses, into the main module.
        let text = std::str::from_utf8(&bytes).map_err(|_| <serde_json::Error as serde::de::Error>::custom("not UTF-8"))?;
        serde_json::from_str(text)
    }
}
