package vn.angiang.editorial.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.angiang.editorial.report.ReportFigures.AgencyFeedback;
import vn.angiang.editorial.report.ReportFigures.ContentCount;
import vn.angiang.editorial.report.ReportFigures.MonthCount;

/**
 * The report's charts, drawn by JFreeChart as PNG in the papers' font (Liberation Serif, every Vietnamese
 * letter; the server's own fonts may have none): published items per field, feedback answered on time, late and
 * overdue per agency, and published items over twelve months.
 */
public final class ReportCharts {

    /** Pixels of a chart: 16 × 9 cm at about 100 dpi, printed {@link #WIDTH_MM} wide. */
    public static final int WIDTH_PX = 1280, HEIGHT_PX = 720;
    public static final float WIDTH_MM = 160, HEIGHT_MM = WIDTH_MM * HEIGHT_PX / WIDTH_PX;

    private static final Font FONT = font();

    private ReportCharts() {
    }

    /** The kinds of chart, with the caption printed under each (its number in the report). */
    public enum Chart {
        FIELDS("Biểu đồ 1. Số tin, bài được đăng tải theo lĩnh vực"),
        FEEDBACK("Biểu đồ 2. Phản ánh, kiến nghị chuyển cơ quan: đúng hạn, trễ hạn, quá hạn chưa trả lời"),
        TREND("Biểu đồ 3. Số tin, bài được đăng tải trong 12 tháng");

        private final String caption;

        Chart(String caption) {
            this.caption = caption;
        }

        public String caption() {
            return caption;
        }
    }

    public static byte[] png(Chart chart, ReportFigures figures) {
        JFreeChart drawn = switch (chart) {
            case FIELDS -> fields(figures);
            case FEEDBACK -> feedback(figures);
            case TREND -> trend(figures);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, drawn, WIDTH_PX, HEIGHT_PX);
        } catch (IOException e) {
            throw new UncheckedIOException("Không vẽ được biểu đồ " + chart, e);
        }
        return out.toByteArray();
    }

    private static JFreeChart fields(ReportFigures figures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ContentCount c : figures.content().byField()) {
            data.addValue(c.published(), "Đăng tải", c.label());
        }
        return styled(ChartFactory.createBarChart(null, "Lĩnh vực", "Số tin, bài", data, PlotOrientation.VERTICAL,
                false, false, false));
    }

    private static JFreeChart feedback(ReportFigures figures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (AgencyFeedback a : figures.feedback().byAgency()) {
            data.addValue(a.onTime(), "Đúng hạn", a.agency());
            data.addValue(a.late(), "Trễ hạn", a.agency());
            data.addValue(a.openOverdue(), "Quá hạn chưa trả lời", a.agency());
        }
        JFreeChart chart = styled(ChartFactory.createStackedBarChart(null, "Cơ quan", "Số phản ánh, kiến nghị", data,
                PlotOrientation.VERTICAL, true, false, false));
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, new Color(0x2E7D32));
        renderer.setSeriesPaint(1, new Color(0xF9A825));
        renderer.setSeriesPaint(2, new Color(0xC62828));
        return chart;
    }

    private static JFreeChart trend(ReportFigures figures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthCount m : figures.trend()) {
            data.addValue(m.published(), "Đăng tải", m.month().substring(5) + "/" + m.month().substring(0, 4));
        }
        JFreeChart chart = styled(ChartFactory.createLineChart(null, "Tháng", "Số tin, bài", data,
                PlotOrientation.VERTICAL, false, false, false));
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return chart;
    }

    private static JFreeChart styled(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 28f));
        theme.setLargeFont(FONT.deriveFont(Font.BOLD, 22f));
        theme.setRegularFont(FONT.deriveFont(20f));
        theme.setSmallFont(FONT.deriveFont(18f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setSeriesPaint(0, new Color(0x1565C0));
            bars.setMaximumBarWidth(0.12);
        }
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        return chart;
    }

    private static Font font() {
        try (InputStream in = ReportCharts.class.getResourceAsStream("/papers/fonts/LiberationSerif-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("Thiếu tệp phông chữ papers/fonts/LiberationSerif-Regular.ttf");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Không nạp được phông chữ của biểu đồ", e);
        }
    }
}
