package org.ordertocash.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.ordertocash.config.Language;
import org.ordertocash.config.OrderToCashProperties;
import org.ordertocash.config.OrderToCashProperties.Localized;

/**
 * The layout as people see it: a specimen document with every element (letterhead with logo,
 * fields, a table, totals, signature boxes, footer) rendered to PNG and compared with the committed
 * image {@code src/test/resources/documents/specimen-zh.png} within a tolerance. A change to the
 * layout that is meant: look at {@code target/documents/specimen-zh.png}, then run with
 * {@code -Dordertocash.documents.update=true} and commit the new image.
 */
class DocumentImageTest {

  static final Path EXPECTED = Path.of("src/test/resources/documents/specimen-zh.png");
  static final Path ACTUAL = Path.of("target/documents/specimen-zh.png");
  /** Grey levels two renderings may differ by in a pixel (anti-aliasing), and the share of pixels that may differ more. */
  static final int GREY_TOLERANCE = 64;
  static final double PIXEL_SHARE = 0.0005;

  @Test
  void theSpecimenLooksLikeTheCommittedImage() throws IOException {
    BufferedImage actual = render(specimen());
    Files.createDirectories(ACTUAL.getParent());
    ImageIO.write(actual, "png", ACTUAL.toFile());
    if (Boolean.getBoolean("ordertocash.documents.update")) {
      Files.copy(ACTUAL, EXPECTED, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    BufferedImage expected = ImageIO.read(EXPECTED.toFile());
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    assertThat(differingShare(actual, expected))
        .as("share of pixels unlike %s (see %s)", EXPECTED, ACTUAL).isLessThanOrEqualTo(PIXEL_SHARE);
  }

  @Test
  void theComparisonNoticesAMovedBlock() throws IOException {
    BufferedImage expected = ImageIO.read(EXPECTED.toFile());
    BufferedImage shifted = new BufferedImage(expected.getWidth(), expected.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    shifted.getGraphics().drawImage(expected, 0, 12, null);

    assertThat(differingShare(shifted, expected)).isGreaterThan(PIXEL_SHARE);
  }

  static byte[] specimen() {
    OrderToCashProperties d = OrderToCashProperties.defaults();
    OrderToCashProperties properties = new OrderToCashProperties(d.currency(), d.companyName(), d.mail(), d.outbox(),
        d.demo(), d.tracking(), d.claims(), d.negotiation(), d.shipping(), d.contract(), d.billing(), d.returns(),
        d.surveys(), d.history(), Language.ZH_CN, d.timeZone(), new OrderToCashProperties.Letterhead(
            new Localized("上海订单到收款贸易有限公司", "Order-to-Cash Trading Co., Ltd."),
            new Localized("上海市浦东新区世纪大道 88 号 12 楼，邮编 200120", null), "91310115MA1K4XXXXX",
            new Localized("中国工商银行上海浦东支行", null), "1001 2345 6789 0123 456", "classpath:letterhead/logo.png"),
        d.documents(), d.credit());
    var labels = properties.labels(Language.ZH_CN);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("1", "P-100 办公椅", "12 件", "¥199.00", "¥2,388.00"));
    rows.add(List.of("2", "P-500 会议桌（胡桃木，3.6 米，含线槽与电源模块）", "2 件", "¥8,999.00", "¥17,998.00"));
    return TestPdfs.layout(properties, Instant.parse("2026-12-01T02:00:00Z")).begin("销售合同 CT-2026-000123", labels)
        .title("销售合同 CT-2026-000123")
        .fields(List.of(new String[] {"买方", "华信贸易有限公司 (C-1001)"},
            new String[] {"买方地址", "浦东新区世纪大道 88 号, 200120 上海, CN"},
            new String[] {"付款条件", labels.code(org.ordertocash.customer.PaymentTerms.NET_60)}))
        .table(List.of("行号", "产品", "数量", "单价", "金额"), rows, new float[] {0.06f, 0.44f, 0.1f, 0.2f, 0.2f},
            Set.of(2, 3, 4))
        .totals(List.<String[]>of(new String[] {"合同金额", "¥20,386.00"}))
        .paragraph("买方应于收到货物后七日内完成验收，逾期未提出书面异议的视为验收合格。")
        .signatures(List.of(new PdfBuilder.SignatureBox("卖方（盖章）", List.of("授权代表签字：____", "日期：____")),
            new PdfBuilder.SignatureBox("买方（盖章）", List.of("授权代表签字：____", "日期：____"))))
        .build();
  }

  static BufferedImage render(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFRenderer(document).renderImageWithDPI(0, 72, ImageType.GRAY);
    }
  }

  static double differingShare(BufferedImage a, BufferedImage b) {
    long differing = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int greyA = a.getRaster().getSample(x, y, 0);
        int greyB = b.getRaster().getSample(x, y, 0);
        if (Math.abs(greyA - greyB) > GREY_TOLERANCE) {
          differing++;
        }
      }
    }
    return (double) differing / ((long) a.getWidth() * a.getHeight());
  }
}
