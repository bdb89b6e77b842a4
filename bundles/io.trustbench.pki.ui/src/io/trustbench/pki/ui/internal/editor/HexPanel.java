package io.trustbench.pki.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import io.trustbench.pki.ui.internal.model.HexLayout;

/**
 * The DER bytes as {@code offset | hex | ASCII}; the bytes of the field or ASN.1 node selected
 * elsewhere are highlighted in both columns and scrolled into view. Clicking a byte reports its
 * offset so the trees can select what contains it.
 */
public final class HexPanel {

	private final Composite control;
	private final Label label;
	private final StyledText text;
	private HexLayout layout = new HexLayout(new byte[0]);
	private int highlightOffset = -1;
	private int highlightLength;

	public HexPanel(Composite parent, IntConsumer byteClicked) {
		control = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(1, false);
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		grid.verticalSpacing = 2;
		control.setLayout(grid);
		label = new Label(control, SWT.NONE);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		label.setData(InspectorWidgets.KEY, InspectorWidgets.HEX_LABEL);
		text = new StyledText(control, SWT.READ_ONLY | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		text.setFont(JFaceResources.getTextFont());
		text.setData(InspectorWidgets.KEY, InspectorWidgets.HEX);
		text.setLeftMargin(4);
		text.addListener(SWT.MouseUp, event -> {
			int offset = layout.byteAt(text.getCaretOffset());
			if (offset >= 0) {
				byteClicked.accept(offset);
			}
		});
	}

	public Composite control() {
		return control;
	}

	public StyledText text() {
		return text;
	}

	public HexLayout layout() {
		return layout;
	}

	public void setBytes(byte[] der) {
		layout = new HexLayout(der);
		text.setText(layout.text());
		highlightOffset = -1;
		highlightLength = 0;
		applyStyles();
		label.setText(NLS.bind(Messages.HexPanel_summary, der.length));
	}

	/** Highlights {@code [offset, offset + length)}; a length of 0 clears the highlight. */
	public void highlight(String what, int offset, int length) {
		if (length <= 0 || offset < 0 || offset >= layout.byteCount()) {
			highlightOffset = -1;
			highlightLength = 0;
			label.setText(NLS.bind(Messages.HexPanel_notInDer, what, layout.byteCount()));
		} else {
			highlightOffset = offset;
			highlightLength = Math.min(length, layout.byteCount() - offset);
			label.setText(NLS.bind(Messages.HexPanel_selection,
					new Object[] { what, Integer.toHexString(offset), offset, highlightLength }));
			reveal(offset, highlightLength);
		}
		applyStyles();
	}

	/** Start of the highlighted bytes, or -1. */
	public int highlightOffset() {
		return highlightOffset;
	}

	public int highlightLength() {
		return highlightLength;
	}

	private void reveal(int offset, int length) {
		int first = HexLayout.lineOf(offset);
		int span = HexLayout.lineOf(offset + length - 1) - first + 1;
		int visible = Math.max(1, text.getClientArea().height / Math.max(1, text.getLineHeight()));
		int top = text.getTopIndex();
		if (first < top || first + span > top + visible) {
			// Centre a field that fits; show a long one from its first line (with one line of context).
			text.setTopIndex(Math.max(0, span >= visible ? first - 1 : first - (visible - span) / 2));
		}
	}

	private void applyStyles() {
		Display display = text.getDisplay();
		Color offsetColor = display.getSystemColor(SWT.COLOR_DARK_GRAY);
		Color highlightBackground = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
		Color highlightForeground = display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT);
		List<int[]> highlighted = highlightOffset < 0 ? List.of() : layout.ranges(highlightOffset, highlightLength);
		List<StyleRange> styles = new ArrayList<>();
		int next = 0;
		for (int line = 0; line < layout.lineCount(); line++) {
			StyleRange offsetStyle = new StyleRange(line * HexLayout.LINE_LENGTH, 8, offsetColor, null);
			styles.add(offsetStyle);
			while (next < highlighted.size() && highlighted.get(next)[0] < (line + 1) * HexLayout.LINE_LENGTH) {
				int[] range = highlighted.get(next++);
				StyleRange style = new StyleRange(range[0], range[1], highlightForeground, highlightBackground);
				styles.add(style);
			}
		}
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
	}

	/** The highlighted style ranges only (tests check they cover exactly the field's bytes). */
	public List<StyleRange> highlightRanges() {
		List<StyleRange> result = new ArrayList<>();
		Color background = text.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
		for (StyleRange style : text.getStyleRanges()) {
			if (background.equals(style.background)) {
				result.add(style);
			}
		}
		return result;
	}
}
