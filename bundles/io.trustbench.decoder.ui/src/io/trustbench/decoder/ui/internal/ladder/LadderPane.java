package io.trustbench.decoder.ui.internal.ladder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.trustbench.decoder.ui.internal.model.Connection;
import io.trustbench.decoder.ui.internal.model.FlowMessage;

/**
 * The flow (ladder) diagram of one TCP connection, chosen in a combo: TLS connections first.
 * Clicking an arrow selects its packet in the editor.
 */
public final class LadderPane {

	public static final String KEY = "io.trustbench.decoder.ui.ladder";

	private final Composite control;
	private final Combo combo;
	private final ScrolledComposite scroller;
	private final LadderCanvas canvas;
	private final Label note;
	/** Connections listed at most in the combo. */
	static final int MAX_LISTED = 500;

	/** Every connection, TLS ones first. */
	private final List<Connection> connections = new ArrayList<>();
	/** The combo's items: the first {@link #MAX_LISTED} connections and the shown one. */
	private final List<Connection> listed = new ArrayList<>();
	private List<String> listedLabels = List.of();
	private Connection shown;

	public LadderPane(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(2, false);
		grid.marginHeight = 2;
		grid.marginWidth = 2;
		control.setLayout(grid);
		control.setData(KEY, this);
		Label label = new Label(control, SWT.NONE);
		label.setText(Messages.Ladder_connection);
		combo = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addListener(SWT.Selection, e -> {
			int i = combo.getSelectionIndex();
			if (i >= 0 && i < listed.size()) {
				show(listed.get(i));
			}
		});
		scroller = new ScrolledComposite(control, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		canvas = new LadderCanvas(scroller);
		scroller.setContent(canvas.control());
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, e -> resizeCanvas());
		note = new Label(control, SWT.WRAP);
		note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
	}

	public Composite control() {
		return control;
	}

	public void onFrameClicked(IntConsumer listener) {
		canvas.onFrameClicked(listener);
	}

	/**
	 * Refills the combo, keeping the shown connection when it is still there. A capture can hold
	 * 100,000 connections, which no combo can list (GTK inserts one by one, and the index pass
	 * refreshes this twice a second): the first {@link #MAX_LISTED} are listed, plus the shown one.
	 */
	public void setConnections(List<Connection> all) {
		List<Connection> ordered = new ArrayList<>(all.size());
		all.stream().filter(Connection::carriesTls).forEach(ordered::add);
		all.stream().filter(c -> !c.carriesTls()).forEach(ordered::add);
		connections.clear();
		connections.addAll(ordered);
		Connection keep = shown != null ? find(shown.id()) : null;
		if (keep == null && !connections.isEmpty()) {
			keep = connections.get(0);
		}
		relist(keep);
		combo.setToolTipText(connections.size() > MAX_LISTED
				? Messages.bind(Messages.Ladder_listed, MAX_LISTED, connections.size())
				: null);
		show(keep);
	}

	/** Lists the first connections and {@code extra}; the combo is rebuilt only when that changes. */
	private void relist(Connection extra) {
		List<Connection> next = new ArrayList<>(connections.subList(0, Math.min(MAX_LISTED, connections.size())));
		if (extra != null && !next.contains(extra)) {
			next.add(extra);
		}
		List<String> labels = next.stream().map(c -> c.toString() + (c.carriesTls() ? "" : "  " + Messages.Ladder_noTls))
				.toList();
		if (next.equals(listed) && labels.equals(listedLabels)) {
			return;
		}
		listed.clear();
		listed.addAll(next);
		listedLabels = labels;
		combo.setItems(labels.toArray(String[]::new));
	}

	/** Shows the connection with this id (if listed) and highlights {@code frame}. */
	public void showFrame(int connectionId, int frame) {
		Connection c = find(connectionId);
		if (c != null && c != shown) {
			relist(c);
			show(c);
		}
		canvas.select(frame);
		int y = canvas.yOf(frame);
		if (y >= 0) {
			Point origin = scroller.getOrigin();
			int visible = scroller.getClientArea().height;
			if (y < origin.y + 20 || y > origin.y + visible - 10) {
				scroller.setOrigin(origin.x, Math.max(0, y - visible / 3));
			}
		}
	}

	/** The messages drawn right now (tests and accessibility). */
	public List<FlowMessage> shownMessages() {
		return shown == null ? List.of() : shown.messages();
	}

	/** The drawing surface (tests click on it). */
	public org.eclipse.swt.widgets.Canvas canvas() {
		return canvas.control();
	}

	/** The y of message {@code index}'s arrow on the canvas. */
	public int arrowY(int index) {
		return new LadderLayout(canvas.control().getSize().x).arrowY(index);
	}

	public Connection shownConnection() {
		return shown;
	}

	private Connection find(int id) {
		for (Connection c : connections) {
			if (c.id() == id) {
				return c;
			}
		}
		return null;
	}

	private void show(Connection connection) {
		shown = connection;
		if (connection == null) {
			combo.deselectAll();
			canvas.show("", "", List.of());
			note.setText(Messages.Ladder_empty);
		} else {
			combo.select(listed.indexOf(connection));
			canvas.show(connection.client(), connection.server(), connection.messages());
			note.setText(connection.droppedMessages() > 0
					? Messages.bind(Messages.Ladder_dropped, connection.droppedMessages())
					: connection.carriesTls() ? "" : Messages.Ladder_noTlsMessages);
		}
		resizeCanvas();
		control.layout(true);
	}

	private void resizeCanvas() {
		int width = scroller.getClientArea().width;
		Point size = canvas.preferredSize(Math.max(width, 1));
		scroller.setMinSize(size);
		canvas.control().redraw();
	}
}
