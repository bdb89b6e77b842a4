package io.trustbench.decoder.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The hex dump's text and its byte/character mapping agree both ways. */
public class HexLayoutTest {

	@Test
	void formatsLikeWireshark() {
		byte[] bytes = new byte[20];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (0x41 + i);
		}
		String[] lines = new HexLayout(bytes.length).text(bytes).split("\n");
		assertEquals("0000  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50   ABCDEFGHIJKLMNOP", lines[0]);
		assertEquals("0010  51 52 53 54 ", lines[1].substring(0, 18));
		assertEquals("QRST", lines[1].substring(lines[1].length() - 4));
	}

	@Test
	void everyByteMapsBackFromItsHexAndAscii() {
		for (int length : new int[] { 1, 15, 16, 17, 100, 70_000 }) {
			HexLayout layout = new HexLayout(length);
			String text = layout.text(new byte[length]);
			for (int i = 0; i < length; i += length > 1000 ? 97 : 1) {
				assertEquals(i, layout.byteAt(layout.hexOffset(i)), "hex of " + i);
				assertEquals(i, layout.byteAt(layout.hexOffset(i) + 1), "second digit of " + i);
				assertEquals(i, layout.byteAt(layout.asciiOffset(i)), "ascii of " + i);
				assertEquals('0', text.charAt(layout.hexOffset(i)));
				assertEquals('.', text.charAt(layout.asciiOffset(i)));
			}
			assertEquals(-1, layout.byteAt(0), "offset column");
		}
	}
}
