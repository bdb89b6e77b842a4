package io.trustbench.decoder.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.trustbench.decoder.DataSource;
import io.trustbench.decoder.DecodedFrame;
import io.trustbench.decoder.Field;

/**
 * Hex/ASCII dump of the selected frame: one of its byte sources at a time (the frame, reassembled
 * or decrypted buffers, chosen in a combo like Wireshark's tabs), the selected field's bytes
 * highlighted in both columns; clicking a byte reports it so the tree can select its field.
 */
final class HexPane {

	static final String KEY = "io.trustbench.decoder.ui.hex";

	private final Composite control;
	private final Combo sourceCombo;
	private final StyledText text;
	private final List<DataSource> sources = new ArrayList<>();
	private DataSource shown;
	private HexLayout layout = new HexLayout(0);
	private int highlightStart;
	private int highlightLength;
	private BiConsumer<DataSource, Integer> byteClicked = (s, i) -> {
	};

	HexPane(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(2, false);
		grid.marginHeight = 2;
		grid.marginWidth = 2;
		control.setLayout(grid);
		Label label = new Label(control, SWT.NONE);
		label.setText(Messages.HexPane_bytes);
		sourceCombo = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
		sourceCombo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		sourceCombo.addListener(SWT.Selection, e -> {
			int i = sourceCombo.getSelectionIndex();
			if (i >= 0 && i < sources.size()) {
				render(sources.get(i));
			}
		});
		text = new StyledText(control, SWT.READ_ONLY | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		text.setData(KEY, this);
		text.addListener(SWT.MouseUp, e -> {
			int index = layout.byteAt(text.getCaretOffset());
			if (index < 0) {
				int offset = text.getOffsetAtPoint(new org.eclipse.swt.graphics.Point(e.x, e.y));
				index = offset < 0 ? -1 : layout.byteAt(offset);
			}
			if (index >= 0 && shown != null) {
				byteClicked.accept(shown, index);
			}
		});
	}

	Composite control() {
		return control;
	}

	StyledText text() {
		return text;
	}

	void onByteClicked(BiConsumer<DataSource, Integer> listener) {
		this.byteClicked = listener;
	}

	void show(DecodedFrame frame) {
		sources.clear();
		sourceCombo.removeAll();
		if (frame == null) {
			shown = null;
			text.setText("");
			return;
		}
		for (DataSource source : frame.sources()) {
			sources.add(source);
			sourceCombo.add(source.name());
		}
		sourceCombo.getParent().layout(true);
		render(sources.get(0));
	}

	/** Shows the field's source and highlights its bytes; null or an empty field clears the highlight. */
	void highlight(Field field) {
		if (field == null) {
			setHighlight(0, 0);
			return;
		}
		if (field.source() != shown && sources.contains(field.source())) {
			render(field.source());
		}
		if (field.source() == shown) {
			int start = Math.max(0, Math.min(field.offset(), shown.bytes().length));
			int end = Math.max(start, Math.min(field.offset() + field.length(), shown.bytes().length));
			setHighlight(start, end - start);
			if (end > start) {
				text.setTopIndex(Math.max(0, layout.lineOf(start) - 1));
			}
		}
	}

	private void render(DataSource source) {
		shown = source;
		sourceCombo.select(sources.indexOf(source));
		layout = new HexLayout(source.bytes().length);
		text.setText(layout.text(source.bytes()));
		highlightStart = 0;
		highlightLength = 0;
	}

	private void setHighlight(int start, int length) {
		highlightStart = start;
		highlightLength = length;
		text.setStyleRanges(new StyleRange[0]);
		if (length == 0) {
			return;
		}
		List<StyleRange> ranges = new ArrayList<>();
		int end = start + length;
		for (int lineStart = start; lineStart < end;) {
			int lineEnd = Math.min(end, (lineStart / HexLayout.BYTES_PER_LINE + 1) * HexLayout.BYTES_PER_LINE);
			int hexFrom = layout.hexOffset(lineStart);
			ranges.add(style(hexFrom, layout.hexOffset(lineEnd - 1) + 2 - hexFrom));
			int asciiFrom = layout.asciiOffset(lineStart);
			ranges.add(style(asciiFrom, layout.asciiOffset(lineEnd - 1) + 1 - asciiFrom));
			lineStart = lineEnd;
		}
		text.setStyleRanges(ranges.toArray(StyleRange[]::new));
	}

	private StyleRange style(int start, int length) {
		StyleRange range = new StyleRange(start, length, text.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT),
				text.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		return range;
	}

	/** The source shown. */
	DataSource shownSource() {
		return shown;
	}

	HexLayout layout() {
		return layout;
	}

	/** {start, length} of the highlighted bytes in the shown source. */
	int[] highlightedRange() {
		return new int[] { highlightStart, highlightLength };
	}
}
