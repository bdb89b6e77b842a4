package io.trustbench.provisioning.core.console;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** Payloads and documents as people read them: JSON pretty-printed, other text as is, binary as hex. */
public final class JsonText {

	private JsonText() {
	}

	public static String pretty(String text) {
		if (text == null) {
			return "";
		}
		String trimmed = text.trim();
		if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
			return text;
		}
		try {
			return pretty(JsonParser.parseString(trimmed));
		} catch (JsonParseException e) {
			return text;
		}
	}

	public static String pretty(JsonElement json) {
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
	}

	/** An MQTT payload: pretty JSON, UTF-8 text, or hex when it is not text. */
	public static String payload(byte[] payload) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
			return pretty(text);
		} catch (CharacterCodingException binary) {
			return "0x" + io.trustbench.core.Hex.encode(payload);
		}
	}
}
