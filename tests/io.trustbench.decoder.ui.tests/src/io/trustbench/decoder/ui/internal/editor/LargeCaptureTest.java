package io.trustbench.decoder.ui.internal.editor;

import io.trustbench.testing.swt.SwtEvents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.decoder.ui.DecoderUi;
import io.trustbench.decoder.ui.internal.model.CaptureModel;
import io.trustbench.decoder.ui.tests.SyntheticCapture;

/**
 * A 300,000-packet capture: the list shows its first rows while indexing is still running, ends
 * with one row per packet, and only the rows looked at are ever decoded (bounded cache).
 */
public class LargeCaptureTest {

	static final int PACKETS = 300_000;

	@TempDir
	Path temp;

	@AfterEach
	void close() {
		CaptureEditorTest.page().closeAllEditors(false);
		SwtEvents.drain();
	}

	@Test
	void opensWithoutMaterialisingEveryRow() throws Exception {
		long writeStart = System.nanoTime();
		Path capture = SyntheticCapture.write(temp.resolve("large.pcap"), PACKETS, 300);
		long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;
		assertTrue(Files.size(capture) > 20_000_000L);
		KeyLogPreferences.set(capture, null);

		long start = System.nanoTime();
		CaptureEditor editor = (CaptureEditor) CaptureEditorTest.page().openEditor(new CaptureEditorInput(capture),
				DecoderUi.CAPTURE_EDITOR_ID);
		Table table = editor.packets().control();
		SwtEvents.until(() -> table.getItemCount() > 0 && !table.getItem(0).getText(6).isEmpty()
				&& !table.getItem(0).getText(6).equals(Messages.PacketTable_pending), 60_000, "the first row");
		long firstRowMillis = (System.nanoTime() - start) / 1_000_000;
		boolean shownBeforeIndexed = !editor.model().indexComplete();
		assertTrue(table.getItem(0).getText(6).contains("[SYN]"), table.getItem(0).getText(6));

		SwtEvents.until(() -> editor.model().indexComplete(), 240_000, () -> "indexing of " + PACKETS + " packets");
		long indexedMillis = (System.nanoTime() - start) / 1_000_000;
		CaptureEditorTest.waitIdle(editor);
		assertEquals(PACKETS, table.getItemCount(), "one row per packet");
		assertTrue(shownBeforeIndexed || indexedMillis < 5_000,
				"rows appear while indexing (first row after " + firstRowMillis + " ms, index after " + indexedMillis + " ms)");

		// scroll to the middle and the end: those rows are decoded on demand
		for (int top : new int[] { PACKETS / 2, PACKETS - 30 }) {
			table.setTopIndex(top);
			table.showItem(table.getItem(top));
			int row = top;
			SwtEvents.until(() -> {
				String info = table.getItem(row).getText(6);
				return !info.isEmpty() && !info.equals(Messages.PacketTable_pending);
			}, 60_000, "row " + row);
			assertEquals(Integer.toString(row + 1), table.getItem(row).getText(0));
		}
		CaptureModel model = editor.model();
		long materialized = editor.packets().rowsMaterialized();
		System.out.printf("large capture: %d packets, written in %d ms, first row after %d ms, indexed after %d ms, "
				+ "rows asked for %d, cached %d (+%d pinned)%n", PACKETS, writeMillis, firstRowMillis, indexedMillis,
				materialized, model.cachedRows(), model.pinnedRows());
		assertTrue(model.cachedRows() <= CaptureModel.CACHE_ROWS, "row cache bounded: " + model.cachedRows());
		assertTrue(model.pinnedRows() <= 1000, "first page only: " + model.pinnedRows());
		assertTrue(materialized < 10_000, "the virtual table asked only for visible rows: " + materialized);
	}
}
