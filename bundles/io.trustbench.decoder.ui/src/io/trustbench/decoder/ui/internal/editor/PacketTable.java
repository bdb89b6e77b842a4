package io.trustbench.decoder.ui.internal.editor;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ITableColorProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import io.trustbench.decoder.PacketSummary;
import io.trustbench.decoder.ui.DecoderUi;
import io.trustbench.decoder.ui.internal.model.CaptureModel;

/**
 * The packet list: a virtual table whose rows are decoded only when they become visible. Missing
 * rows show as pending and are decoded by a background job, then refreshed. With a display filter
 * the table shows the matching frames only ({@link #showFrames}).
 */
final class PacketTable {

	static final String KEY = "io.trustbench.decoder.ui.packets";
	private static final String[] COLUMNS = { Messages.PacketTable_number, Messages.PacketTable_time,
			Messages.PacketTable_source, Messages.PacketTable_destination, Messages.PacketTable_protocol,
			Messages.PacketTable_length, Messages.PacketTable_info };
	private static final int[] WIDTHS = { 70, 100, 130, 130, 80, 65, 600 };

	private final TableViewer viewer;
	/** Kept apart from the table: a fetch may finish after the editor (and its table) closed. */
	private final org.eclipse.swt.widgets.Display display;
	private final Color tlsBackground;
	private final Color tcpBackground;
	private CaptureModel model;
	/** Frames shown when filtered (ascending), or null for all frames. */
	private int[] frames;
	private final Set<Integer> pending = new LinkedHashSet<>();
	private final RowFetchJob fetchJob = new RowFetchJob();
	/** Rows the table asked for since the model was set (a virtual table asks only for visible ones). */
	private long rowsMaterialized;

	PacketTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		display = parent.getDisplay();
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(KEY, this);
		for (int i = 0; i < COLUMNS.length; i++) {
			TableColumn column = new TableColumn(table, i == 0 || i == 5 ? SWT.RIGHT : SWT.LEFT);
			column.setText(COLUMNS[i]);
			column.setWidth(WIDTHS[i]);
		}
		tlsBackground = new Color(new RGB(0xe4, 0xff, 0xc7)); // Wireshark's TLS/HTTP colouring
		tcpBackground = new Color(new RGB(0xe7, 0xe6, 0xff)); // and its TCP one
		viewer.setUseHashlookup(false);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				rowsMaterialized++;
				int frame = frameAt(index);
				PacketSummary summary = model == null || frame < 1 ? null : model.cachedRow(frame);
				if (summary == null && frame >= 1) {
					request(frame);
				}
				viewer.replace(new PacketRow(frame, summary), index);
			}
		});
		viewer.setLabelProvider(new RowLabels());
		viewer.setInput(this);
	}

	Table control() {
		return viewer.getTable();
	}

	TableViewer viewer() {
		return viewer;
	}

	void setModel(CaptureModel model) {
		this.model = model;
		this.frames = null;
		rowsMaterialized = 0;
		synchronized (pending) {
			pending.clear();
		}
		viewer.setItemCount(0);
		refreshCount();
	}

	/** Grows the list to the packets indexed so far (unfiltered view). */
	void refreshCount() {
		if (frames == null && model != null) {
			int count = model.packetCount();
			if (count != viewer.getTable().getItemCount()) {
				viewer.setItemCount(count);
			}
		}
	}

	/** Shows only these frames (ascending), or all frames for null. */
	void showFrames(int[] shown) {
		Integer selected = selectedFrame();
		this.frames = shown;
		viewer.setItemCount(0);
		viewer.setItemCount(shown == null ? (model == null ? 0 : model.packetCount()) : shown.length);
		viewer.refresh();
		if (selected != null) {
			reveal(selected);
		}
	}

	int rowCount() {
		return viewer.getTable().getItemCount();
	}

	int frameAt(int index) {
		return frames == null ? index + 1 : (index < frames.length ? frames[index] : -1);
	}

	int indexOf(int frame) {
		if (frames == null) {
			return model != null && frame >= 1 && frame <= model.packetCount() ? frame - 1 : -1;
		}
		int i = Arrays.binarySearch(frames, frame);
		return i >= 0 ? i : -1;
	}

	/** Selects and reveals a frame's row if it is shown; returns whether it is. */
	boolean reveal(int frame) {
		int index = indexOf(frame);
		if (index < 0) {
			return false;
		}
		Table table = viewer.getTable();
		table.setSelection(index);
		table.showSelection();
		return true;
	}

	Integer selectedFrame() {
		int index = viewer.getTable().getSelectionIndex();
		return index < 0 ? null : frameAt(index);
	}

	void onFrameSelected(IntConsumer listener) {
		viewer.getTable().addListener(SWT.Selection, e -> {
			Integer frame = selectedFrame();
			if (frame != null && frame > 0) {
				listener.accept(frame);
			}
		});
	}

	long rowsMaterialized() {
		return rowsMaterialized;
	}

	/** Frames waiting to be decoded (tests). */
	int pendingRows() {
		synchronized (pending) {
			return pending.size();
		}
	}

	private void request(int frame) {
		synchronized (pending) {
			pending.add(frame);
		}
		fetchJob.schedule(10);
	}

	private void rowsFetched(int[] fetched) {
		Table table = viewer.getTable();
		if (table.isDisposed()) {
			return;
		}
		for (int frame : fetched) {
			int index = indexOf(frame);
			if (index >= 0 && index < table.getItemCount()) {
				table.clear(index); // asks the content provider again, now from the cache
			}
		}
	}

	void dispose() {
		fetchJob.cancel();
		tlsBackground.dispose();
		tcpBackground.dispose();
	}

	/** Decodes the rows the table asked for, a batch at a time, off the UI thread. */
	private final class RowFetchJob extends Job {

		RowFetchJob() {
			super(Messages.PacketTable_fetching);
			setSystem(true);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == DecoderUi.JOB_FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			CaptureModel current = model;
			int[] batch;
			synchronized (pending) {
				batch = pending.stream().mapToInt(Integer::intValue).toArray();
				pending.clear();
			}
			if (current == null || batch.length == 0) {
				return Status.OK_STATUS;
			}
			try {
				current.fetchRows(batch);
			} catch (java.io.IOException e) {
				return Status.warning(Messages.bind(Messages.PacketTable_fetchFailed, e.getMessage()), e);
			}
			display.asyncExec(() -> {
				if (model == current && !viewer.getTable().isDisposed()) {
					rowsFetched(batch);
				}
			});
			return Status.OK_STATUS;
		}
	}

	private final class RowLabels extends LabelProvider implements ITableLabelProvider, ITableColorProvider {

		@Override
		public Image getColumnImage(Object element, int columnIndex) {
			return null;
		}

		@Override
		public String getColumnText(Object element, int column) {
			PacketRow row = (PacketRow) element;
			PacketSummary s = row.summary();
			if (s == null) {
				return column == 0 ? Integer.toString(row.frame()) : column == 6 ? Messages.PacketTable_pending : "";
			}
			return switch (column) {
			case 0 -> Integer.toString(s.number());
			case 1 -> String.format("%.6f", s.relativeTime());
			case 2 -> s.source();
			case 3 -> s.destination();
			case 4 -> s.protocol();
			case 5 -> Integer.toString(s.length());
			default -> s.info();
			};
		}

		@Override
		public Color getForeground(Object element, int columnIndex) {
			return null;
		}

		@Override
		public Color getBackground(Object element, int columnIndex) {
			PacketSummary s = ((PacketRow) element).summary();
			if (s == null) {
				return null;
			}
			String protocol = s.protocol();
			if (protocol.startsWith("TLS") || protocol.startsWith("SSL") || protocol.startsWith("MQTT")
					|| protocol.startsWith("HTTP")) {
				return tlsBackground;
			}
			return "TCP".equals(protocol) ? tcpBackground : null;
		}
	}

}
