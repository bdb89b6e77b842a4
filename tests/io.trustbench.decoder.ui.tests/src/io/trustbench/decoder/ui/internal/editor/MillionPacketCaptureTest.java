package io.trustbench.decoder.ui.internal.editor;

import io.trustbench.testing.swt.SwtEvents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.decoder.ui.DecoderUi;
import io.trustbench.decoder.ui.internal.model.CaptureModel;
import io.trustbench.decoder.ui.tests.TlsConnectionsCapture;

/**
 * Issue 6 item 6: a 1,000,000-packet capture of 100,000 TLS connections opens with one virtual row
 * per packet, the last packet can be selected and its detail tree shown, and the memory kept per
 * packet is small (the packets themselves stay on disk).
 */
public class MillionPacketCaptureTest {

	static final int PACKETS = 1_000_000;
	/**
	 * Budget for all the editor keeps per packet once indexed: the index (~26 bytes/packet) plus, per
	 * 10-packet connection, its endpoints, frame list and five ladder arrows (~600 bytes).
	 */
	static final long RETAINED_BYTES_PER_PACKET = 100;

	@AfterEach
	void closeTheEditor() {
		CaptureEditorTest.page().closeAllEditors(false);
		SwtEvents.drain();
	}

	@Test
	void opensAMillionPacketsAndShowsTheLast(@TempDir Path temp) throws Exception {
		long writeStart = System.nanoTime();
		Path capture = TlsConnectionsCapture.write(temp.resolve("million.pcap"), PACKETS);
		long writeMillis = millisSince(writeStart);
		KeyLogPreferences.set(capture, null);
		long heapBefore = usedHeapAfterGc();

		long start = System.nanoTime();
		CaptureEditor editor = (CaptureEditor) CaptureEditorTest.page().openEditor(new CaptureEditorInput(capture),
				DecoderUi.CAPTURE_EDITOR_ID);
		Table table = editor.packets().control();
		SwtEvents.until(() -> editor.model() != null && editor.model().indexComplete(), 120_000,
				() -> "indexing of " + PACKETS + " packets: " + editor.state());
		long indexedMillis = millisSince(start);
		CaptureEditorTest.waitIdle(editor);
		assertEquals(PACKETS, table.getItemCount(), "one virtual row per packet");

		CaptureModel model = editor.model();
		long retained = usedHeapAfterGc() - heapBefore;
		long indexBytes = model.indexBytes();

		long selectStart = System.nanoTime();
		editor.selectFrame(PACKETS);
		SwtEvents.until(() -> editor.shownFrame() == PACKETS, 60_000, () -> "the last frame's details: " + editor.state());
		int last = PACKETS - 1;
		SwtEvents.until(() -> {
			String info = table.getItem(last).getText(6);
			return !info.isEmpty() && !info.equals(Messages.PacketTable_pending);
		}, 60_000, "the last row");
		long selectMillis = millisSince(selectStart);
		assertEquals(Integer.toString(PACKETS), table.getItem(last).getText(0));
		assertTrue(table.getItem(last).getText(6).contains("Close Notify"), table.getItem(last).getText(6));
		// GTK reports the top row of a virtual table only roughly after showSelection(): near the end is enough
		assertEquals(last, table.getSelectionIndex());
		// GTK scrolls a virtual table in steps after showSelection(), and only roughly: wait until it is near the end
		SwtEvents.until(() -> table.getTopIndex() > PACKETS - 1000, 20_000,
				() -> "scrolled to the end: top row " + table.getTopIndex() + ", selection " + table.getSelectionIndex());
		List<String> tree = CaptureEditorTest.treeLines(editor.fields().control().getItems(), new ArrayList<>());
		assertTrue(tree.stream().anyMatch(l -> l.startsWith("Frame " + PACKETS + ":")), tree.toString());
		assertTrue(tree.contains("Transport Layer Security"), tree.toString());
		assertTrue(tree.stream().anyMatch(l -> l.contains("Alert Protocol")), tree.toString());
		assertTrue(model.connectionOf(PACKETS).carriesTls(), "the ladder knows the last connection's TLS");

		System.out.printf("million capture: %d packets (%d connections), written in %d ms, indexed after %d ms "
				+ "(%.0f packets/s), last frame shown %d ms after asking; index %d bytes (%.1f bytes/packet), "
				+ "heap retained after indexing %d MB (%.1f bytes/packet), rows asked for %d%n", PACKETS,
				PACKETS / TlsConnectionsCapture.PACKETS_PER_CONNECTION, writeMillis, indexedMillis,
				PACKETS * 1000.0 / indexedMillis, selectMillis, indexBytes, (double) indexBytes / PACKETS,
				retained >> 20, (double) retained / PACKETS, editor.packets().rowsMaterialized());
		assertTrue(indexBytes <= 40L * PACKETS, "the index is compact: " + indexBytes / PACKETS + " bytes/packet");
		assertTrue(retained <= RETAINED_BYTES_PER_PACKET * PACKETS,
				"memory kept per packet: " + retained / PACKETS + " bytes (budget " + RETAINED_BYTES_PER_PACKET + ")");
		assertTrue(editor.packets().rowsMaterialized() < 10_000, "only visible rows were asked for");
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** Heap in use after the collector ran (System.gc() is a request: repeat until it settles). */
	private static long usedHeapAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			long now = runtime.totalMemory() - runtime.freeMemory();
			if (now >= used - (1 << 20)) {
				return Math.min(now, used);
			}
			used = now;
		}
		return used;
	}
}
