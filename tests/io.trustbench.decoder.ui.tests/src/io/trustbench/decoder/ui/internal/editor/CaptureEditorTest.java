package io.trustbench.decoder.ui.internal.editor;

import io.trustbench.testing.swt.SwtEvents;

import io.trustbench.testing.Oracles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.trustbench.decoder.CaptureDecoder;
import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.Field;
import io.trustbench.decoder.tls.crypto.KeyLog;
import io.trustbench.decoder.ui.DecoderUi;
import io.trustbench.decoder.ui.internal.model.FlowMessage;

/**
 * The TLS Handshake editor on the seed's mutual-TLS 1.2 capture, driven through its widgets inside
 * the Trustbench workbench: rows, tree, hex highlight, filter, ladder, explanations, key log.
 */
public class CaptureEditorTest {

	static final Path SEED = Oracles.pcaps().resolve("seed-mutual-tls12.pcapng");
	static final Path SEED_KEYS = Oracles.pcaps().resolve("seed-mutual-tls12.keylog");

	/** Figure 4-1 of the seed, in order (OpenSSL adds a New Session Ticket before the server's CCS). */
	static final List<String> SEED_SEQUENCE = List.of("Client Hello", "Server Hello", "Certificate",
			"Server Key Exchange", "Certificate Request", "Server Hello Done", "Certificate", "Client Key Exchange",
			"Certificate Verify", "Change Cipher Spec", "Finished", "Change Cipher Spec", "Finished");

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		SwtEvents.drain();
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static CaptureEditor open(Path capture, Path keyLog) throws Exception {
		if (keyLog == null) {
			KeyLogPreferences.set(capture, null);
		}
		CaptureEditor editor = (CaptureEditor) page().openEditor(new CaptureEditorInput(capture, keyLog),
				DecoderUi.CAPTURE_EDITOR_ID);
		waitIdle(editor);
		return editor;
	}

	static void waitIdle(CaptureEditor editor) {
		SwtEvents.until(() -> editor.model() != null && editor.model().indexComplete() && !editor.busy()
				&& Job.getJobManager().find(editor).length == 0, 60_000,
				() -> "the editor to finish its jobs: " + editor.state());
	}

	static List<DecodedFrame> decodeWithCore(Path capture, Path keyLog) throws Exception {
		List<DecodedFrame> frames = new ArrayList<>();
		new CaptureDecoder(DissectorRegistry.withContributions()).decode(capture,
				keyLog == null ? null : KeyLog.read(keyLog), frames::add, new NullProgressMonitor());
		return frames;
	}

	static String rowText(Table table, int row, int column) {
		return table.getItem(row).getText(column);
	}

	static void waitForRows(CaptureEditor editor) {
		Table table = editor.packets().control();
		SwtEvents.until(() -> {
			for (int i = 0; i < table.getItemCount(); i++) {
				if (rowText(table, i, 6).equals(Messages.PacketTable_pending)) {
					return false;
				}
			}
			return true;
		}, 30_000, "every row to be decoded");
	}

	static int rowWithInfo(CaptureEditor editor, String info) {
		Table table = editor.packets().control();
		for (int i = 0; i < table.getItemCount(); i++) {
			if (rowText(table, i, 6).equals(info)) {
				return i;
			}
		}
		throw new AssertionError("no row with info " + info);
	}

	/** Clicks a row of the packet list as a user would. */
	static void clickRow(CaptureEditor editor, int row) {
		Table table = editor.packets().control();
		table.setSelection(row);
		table.notifyListeners(SWT.Selection, new Event());
		int frame = Integer.parseInt(rowText(table, row, 0));
		SwtEvents.until(() -> editor.shownFrame() == frame, 30_000, "frame " + frame + " in the detail panes");
	}

	static List<String> treeLines(TreeItem[] items, List<String> out) {
		for (TreeItem item : items) {
			out.add(item.getText());
			if (item.getExpanded()) {
				treeLines(item.getItems(), out);
			}
		}
		return out;
	}

	static List<Field> pathTo(List<Field> fields, String name) {
		for (Field field : fields) {
			if (field.name().equals(name)) {
				return new ArrayList<>(List.of(field));
			}
			List<Field> below = pathTo(field.children(), name);
			if (below != null) {
				below.add(0, field);
				return below;
			}
		}
		return null;
	}

	@Test
	void listsEveryPacketTheCoreDecodes() throws Exception {
		CaptureEditor editor = open(SEED, SEED_KEYS);
		List<DecodedFrame> core = decodeWithCore(SEED, SEED_KEYS);
		Table table = editor.packets().control();
		assertEquals(core.size(), table.getItemCount(), "one row per packet");
		assertEquals(core.size(), editor.model().packetCount());
		waitForRows(editor);
		for (int i = 0; i < core.size(); i++) {
			assertEquals(Integer.toString(core.get(i).number()), rowText(table, i, 0));
			assertEquals(core.get(i).protocol(), rowText(table, i, 4), "protocol of row " + i);
		}
		assertTrue(rowText(table, 0, 6).contains("[SYN]"), rowText(table, 0, 6));
		assertTrue(editor.filterBar().status().contains("Packets: " + core.size()), editor.filterBar().status());
	}

	@Test
	void clientHelloRowShowsHandshakeFieldsAndTheirExplanation() throws Exception {
		CaptureEditor editor = open(SEED, SEED_KEYS);
		waitForRows(editor);
		clickRow(editor, rowWithInfo(editor, "Client Hello"));
		List<String> lines = treeLines(editor.fields().control().getItems(), new ArrayList<>());
		assertTrue(lines.contains("Transport Layer Security"), lines.toString());
		assertTrue(lines.contains("Handshake Protocol: Client Hello"), lines.toString());
		assertTrue(lines.contains("Handshake Type: Client Hello (1)"), lines.toString());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("Cipher Suites")), lines.toString());
		// the tree shows the random's time under the random, as tshark prints it (in UTC)
		List<Field> time = pathTo(editor.shownDecoded().roots(), "tls.handshake.random_time");
		assertEquals("tls.handshake.random", time.get(time.size() - 2).name());
		assertEquals("GMT Unix Time: Feb 19, 2072 15:43:17.000000000 UTC", time.get(time.size() - 1).display());
		assertTrue(editor.explanation().contents().startsWith("Client Hello"), editor.explanation().contents());
		assertTrue(editor.explanation().contents().contains("first message"), editor.explanation().contents());
		assertTrue(editor.explanation().contents().contains("4.1.2"), "names the seed section");
	}

	@Test
	void selectingAFieldHighlightsExactlyItsBytes() throws Exception {
		CaptureEditor editor = open(SEED, SEED_KEYS);
		waitForRows(editor);
		clickRow(editor, rowWithInfo(editor, "Client Hello"));
		for (String name : List.of("tls.handshake.random", "tls.handshake.type", "tcp.srcport", "tls.record")) {
			List<Field> path = pathTo(editor.shownDecoded().roots(), name);
			assertNotNull(path, name);
			Field field = path.get(path.size() - 1);
			editor.fields().select(path);
			SwtEvents.drain();
			HexPane hex = editor.hex();
			assertEquals(field.source(), hex.shownSource());
			Set<Integer> expected = new TreeSet<>();
			for (int i = field.offset(); i < field.offset() + field.length(); i++) {
				expected.add(i);
			}
			assertEquals(expected, highlightedBytes(hex.text(), hex.layout()), name);
			for (int i : List.of(field.offset(), field.offset() + field.length() - 1)) {
				int at = hex.layout().hexOffset(i);
				assertEquals(String.format("%02x", field.source().bytes()[i] & 0xff), hex.text().getText(at, at + 1),
						name + ": the dump shows the field's byte " + i);
			}
		}
	}

	@Test
	void clickingAByteSelectsTheDeepestFieldThere() throws Exception {
		CaptureEditor editor = open(SEED, SEED_KEYS);
		waitForRows(editor);
		clickRow(editor, rowWithInfo(editor, "Client Hello"));
		Field type = pathTo(editor.shownDecoded().roots(), "tls.handshake.type").get(3);
		HexPane hex = editor.hex();
		StyledText text = hex.text();
		text.setCaretOffset(hex.layout().hexOffset(type.offset()));
		text.notifyListeners(SWT.MouseUp, new Event());
		SwtEvents.drain();
		assertEquals("tls.handshake.type", editor.fields().selectedField().name());
	}

	static Set<Integer> highlightedBytes(StyledText text, HexLayout layout) {
		Set<Integer> bytes = new TreeSet<>();
		for (StyleRange range : text.getStyleRanges()) {
			if (range.background != null) {
				for (int c = range.start; c < range.start + range.length; c++) {
					int index = layout.byteAt(c);
					if (index >= 0) {
						bytes.add(index);
					}
				}
			}
		}
		return bytes;
	}


	@Test
	void handshakeTypeFilterLeavesOnlyClientHellos() throws Exception {
		CaptureEditor editor = open(SEED, SEED_KEYS);
		List<Integer> expected = decodeWithCore(SEED, SEED_KEYS).stream()
				.filter(f -> f.values("tls.handshake.type").contains("1")).map(DecodedFrame::number).toList();
		assertFalse(expected.isEmpty());
		editor.filterBar().filterText().setText("tls.handshake.type == 1");
		editor.filterBar().filterText().notifyListeners(SWT.DefaultSelection, new Event());
		waitIdle(editor);
		Table table = editor.packets().control();
		SwtEvents.until(() -> table.getItemCount() == expected.size(), 30_000, "the filtered list");
		waitForRows(editor);
		for (int i = 0; i < expected.size(); i++) {
			assertEquals(Integer.toString(expected.get(i)), rowText(table, i, 0));
			assertTrue(rowText(table, i, 6).contains("Client Hello"), rowText(table, i, 6));
		}
		assertEquals("", editor.filterBar().error());

		editor.applyFilter("tls.handshake.type ==");
		assertFalse(editor.filterBar().error().isEmpty(), "a bad filter shows an error");
		assertTrue(editor.filterBar().error().startsWith("Filter error"), editor.filterBar().error());
		assertEquals(expected.size(), table.getItemCount(), "the list keeps the last good filter");
		assertTrue(Job.getJobManager().find(editor).length == 0, "no filter job for a bad filter");

		editor.applyFilter("");
		waitIdle(editor);
		assertEquals(editor.model().packetCount(), table.getItemCount());
		assertEquals("", editor.filterBar().error());
	}

	@Test
	void ladderListsTheSeedSequenceAndClickingAnArrowSelectsItsPacket() throws Exception {
		CaptureEditor editor = open(SEED, SEED_KEYS);
		List<FlowMessage> messages = editor.ladder().shownMessages();
		List<String> labels = messages.stream().map(FlowMessage::label).toList();
		assertEquals(SEED_SEQUENCE, withoutTicket(labels).subList(0, SEED_SEQUENCE.size()), labels.toString());
		boolean[] clientSends = { true, false, false, false, false, false, true, true, true, true, true, false, false };
		List<FlowMessage> handshake = messages.stream().filter(m -> m.handshakeType() != 4).toList();
		for (int i = 0; i < clientSends.length; i++) {
			assertEquals(clientSends[i], handshake.get(i).fromClient(), "direction of " + handshake.get(i));
		}
		assertTrue(labels.contains("Application Data"));
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("Alert")));

		int index = labels.indexOf("Server Key Exchange");
		Event click = new Event();
		click.x = 200;
		click.y = editor.ladder().arrowY(index) - 3;
		editor.ladder().canvas().notifyListeners(SWT.MouseDown, click);
		int frame = messages.get(index).frame();
		SwtEvents.until(() -> editor.shownFrame() == frame, 30_000, "the arrow's frame");
		assertEquals(Integer.valueOf(frame), editor.packets().selectedFrame());
		assertTrue(editor.explanation().contents().contains("Server Key Exchange"));
	}

	static List<String> withoutTicket(List<String> labels) {
		return labels.stream().filter(l -> !l.equals("New Session Ticket")).toList();
	}

	@Test
	void keyLogDecryptsFinishedAndIsRemembered() throws Exception {
		Path capture = Oracles.pcaps().resolve("illustrated-tls12.pcap");
		Path keys = Oracles.pcaps().resolve("illustrated-tls12.keylog");
		CaptureEditor editor = open(capture, null);
		List<String> before = editor.ladder().shownMessages().stream().map(FlowMessage::label).toList();
		assertTrue(before.contains("Encrypted Handshake Message"), before.toString());
		assertFalse(before.contains("Finished"), before.toString());

		editor.setKeyLog(keys);
		waitIdle(editor);
		List<FlowMessage> after = editor.ladder().shownMessages();
		List<FlowMessage> finished = after.stream().filter(m -> m.handshakeType() == 20).toList();
		assertEquals(2, finished.size(), after.toString());
		assertTrue(finished.get(0).fromClient() && !finished.get(1).fromClient());
		assertEquals(keys.toAbsolutePath().normalize(), KeyLogPreferences.get(capture));

		editor.selectFrame(finished.get(0).frame());
		SwtEvents.until(() -> editor.shownFrame() == finished.get(0).frame(), 30_000, "the Finished frame");
		List<String> lines = treeLines(editor.fields().control().getItems(), new ArrayList<>());
		assertTrue(lines.contains("Handshake Type: Finished (20)"), lines.toString());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("Verify Data")), lines.toString());
		Field verify = pathTo(editor.shownDecoded().roots(), "tls.handshake.verify_data")
				.get(pathTo(editor.shownDecoded().roots(), "tls.handshake.verify_data").size() - 1);
		editor.fields().select(pathTo(editor.shownDecoded().roots(), "tls.handshake.verify_data"));
		SwtEvents.drain();
		assertTrue(editor.hex().shownSource().name().startsWith("Decrypted TLS"), editor.hex().shownSource().name());
		assertEquals(verify.length(), editor.hex().highlightedRange()[1]);
		assertTrue(editor.explanation().contents().startsWith("Finished"), editor.explanation().contents());

		// reopening the capture uses the remembered key log
		page().closeAllEditors(false);
		CaptureEditor reopened = (CaptureEditor) page().openEditor(new CaptureEditorInput(capture),
				DecoderUi.CAPTURE_EDITOR_ID);
		waitIdle(reopened);
		assertEquals(keys.toAbsolutePath().normalize(), reopened.keyLog());
		assertTrue(reopened.ladder().shownMessages().stream().anyMatch(m -> m.handshakeType() == 20));
		KeyLogPreferences.set(capture, null);
	}

	@Test
	void inputIsPersistable() {
		CaptureEditorInput input = new CaptureEditorInput(SEED, SEED_KEYS);
		org.eclipse.ui.XMLMemento memento = org.eclipse.ui.XMLMemento.createWriteRoot("editor");
		input.getPersistable().saveState(memento);
		CaptureEditorInput restored = (CaptureEditorInput) new CaptureInputFactory().createElement(memento);
		assertEquals(input, restored);
		assertEquals(input.keyLog(), restored.keyLog());
		assertEquals(DecoderUi.INPUT_FACTORY_ID, input.getFactoryId());
		assertNotNull(PlatformUI.getWorkbench().getEditorRegistry().findEditor(DecoderUi.CAPTURE_EDITOR_ID));
		assertEquals(DecoderUi.CAPTURE_EDITOR_ID,
				PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("trace.pcapng").getId());
	}
}
