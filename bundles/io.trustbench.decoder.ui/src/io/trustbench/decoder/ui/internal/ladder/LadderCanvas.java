package io.trustbench.decoder.ui.internal.ladder;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import io.trustbench.decoder.ui.internal.model.FlowMessage;

/**
 * Draws one TLS connection like figure 4-1 of the seed: client and server lifelines and one arrow
 * per message, labelled with the message and its frame number. Clicking an arrow reports its
 * frame; the selected frame's arrows are highlighted.
 */
final class LadderCanvas {

	private final Canvas canvas;
	private final Color handshake;
	private final Color changeCipher;
	private final Color encrypted;
	private final Color data;
	private final Color alert;
	private final Color selectedBackground;
	private String client = "";
	private String server = "";
	private List<FlowMessage> messages = List.of();
	private int selectedFrame = -1;
	private IntConsumer frameClicked = f -> {
	};

	LadderCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		handshake = new Color(new RGB(0x1f, 0x4e, 0x9c));
		changeCipher = new Color(new RGB(0xc0, 0x6a, 0x00));
		encrypted = new Color(new RGB(0x7a, 0x3d, 0x9c));
		data = new Color(new RGB(0x55, 0x55, 0x55));
		alert = new Color(new RGB(0xc0, 0x1c, 0x28));
		selectedBackground = new Color(new RGB(0xdd, 0xe8, 0xf8));
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> {
			int index = new LadderLayout(canvas.getSize().x).messageAt(e.y, messages.size());
			if (index >= 0) {
				frameClicked.accept(messages.get(index).frame());
			}
		});
		canvas.addListener(SWT.Dispose, e -> {
			handshake.dispose();
			changeCipher.dispose();
			encrypted.dispose();
			data.dispose();
			alert.dispose();
			selectedBackground.dispose();
		});
	}

	Canvas control() {
		return canvas;
	}

	void onFrameClicked(IntConsumer listener) {
		this.frameClicked = listener;
	}

	void show(String clientName, String serverName, List<FlowMessage> shown) {
		this.client = clientName;
		this.server = serverName;
		this.messages = List.copyOf(shown);
		canvas.redraw();
	}

	void select(int frame) {
		selectedFrame = frame;
		canvas.redraw();
	}

	Point preferredSize(int width) {
		LadderLayout layout = new LadderLayout(width);
		return new Point(Math.max(width, layout.preferredWidth()), layout.height(messages.size()));
	}

	/** The y of the first arrow of {@code frame}, or -1 (for scrolling it into view). */
	int yOf(int frame) {
		LadderLayout layout = new LadderLayout(canvas.getSize().x);
		for (int i = 0; i < messages.size(); i++) {
			if (messages.get(i).frame() == frame) {
				return layout.arrowY(i);
			}
		}
		return -1;
	}

	private void paint(GC gc) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		LadderLayout layout = new LadderLayout(canvas.getSize().x);
		int height = Math.max(canvas.getSize().y, layout.height(messages.size()));
		int cx = layout.clientX();
		int sx = layout.serverX();
		Font normal = gc.getFont();
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		gc.setFont(bold);
		centre(gc, Messages.Ladder_client, cx, 4);
		centre(gc, Messages.Ladder_server, sx, 4);
		gc.setFont(normal);
		centre(gc, client, cx, 22);
		centre(gc, server, sx, 22);
		gc.setLineWidth(2);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawLine(cx, LadderLayout.HEADER - 4, cx, height);
		gc.drawLine(sx, LadderLayout.HEADER - 4, sx, height);
		gc.setLineWidth(1);
		for (int i = 0; i < messages.size(); i++) {
			drawMessage(gc, layout, i, normal, bold);
		}
	}

	private void drawMessage(GC gc, LadderLayout layout, int i, Font normal, Font bold) {
		FlowMessage m = messages.get(i);
		int y = layout.arrowY(i);
		int cx = layout.clientX();
		int sx = layout.serverX();
		boolean selected = m.frame() == selectedFrame;
		if (selected) {
			gc.setBackground(selectedBackground);
			gc.fillRectangle(0, y - LadderLayout.ROW + 6, canvas.getSize().x, LadderLayout.ROW);
		}
		Color color = colorOf(m);
		gc.setForeground(color);
		gc.setBackground(color);
		gc.setLineWidth(selected ? 2 : 1);
		int from = m.fromClient() ? cx : sx;
		int to = m.fromClient() ? sx : cx;
		gc.drawLine(from, y, to, y);
		int head = m.fromClient() ? -8 : 8;
		gc.fillPolygon(new int[] { to, y, to + head, y - 4, to + head, y + 4 });
		gc.setLineWidth(1);
		gc.setFont(selected ? bold : normal);
		Point extent = gc.textExtent(m.label());
		gc.drawText(m.label(), (cx + sx) / 2 - extent.x / 2, y - extent.y - 1, true);
		gc.setFont(normal);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		String number = "#" + m.frame();
		Point numberExtent = gc.textExtent(number);
		gc.drawText(number, LadderLayout.FRAME_COLUMN - numberExtent.x, y - numberExtent.y / 2, true);
	}

	private Color colorOf(FlowMessage m) {
		return switch (m.kind()) {
		case HANDSHAKE -> handshake;
		case CHANGE_CIPHER_SPEC -> changeCipher;
		case ENCRYPTED -> encrypted;
		case ALERT -> alert;
		case APPLICATION_DATA, OTHER -> data;
		};
	}

	private static void centre(GC gc, String text, int x, int y) {
		Point extent = gc.textExtent(text);
		gc.drawText(text, x - extent.x / 2, y, true);
	}
}
