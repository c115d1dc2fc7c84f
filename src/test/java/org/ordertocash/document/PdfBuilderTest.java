package org.ordertocash.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ordertocash.config.Language;
import org.ordertocash.config.OrderToCashProperties;

class PdfBuilderTest {

  static final Instant CREATED = Instant.parse("2026-11-23T09:00:00Z");
  static final OrderToCashProperties DEFAULTS = OrderToCashProperties.defaults();

  @Test
  void writesChineseAndEnglishTextInAnEmbeddedFont() throws IOException {
    byte[] pdf = TestPdfs.begin("报价单 QT-1", DEFAULTS.labels(Language.ZH_CN), CREATED)
        .title("报价单 QT-1，第 2 版")
        .fields(List.of(new String[] {"客户", "华信贸易有限公司 (C-1001)"},
            new String[] {"收货地址", "上海市浦东新区世纪大道 88 号"}))
        .table(List.of("#", "产品", "金额"), List.of(List.of("1", "P-100 办公椅 Office chair", "¥1,990.00")),
            new float[] {0.1f, 0.6f, 0.3f}, Set.of(2))
        .paragraph("价格以人民币计。\nPayment NET_30.")
        .build();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("报价单 QT-1");
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("报价单 QT-1，第 2 版", "客户", "华信贸易有限公司 (C-1001)", "上海市浦东新区世纪大道 88 号",
          "P-100 办公椅 Office chair", "¥1,990.00", "价格以人民币计。", "Payment NET_30.").doesNotContain("?");
      PDPage page = document.getPage(0);
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font.getName()).contains("WenQuanYiZenHei");
      }
    }
  }

  @Test
  void textTheFontCannotShowStopsTheDocumentInsteadOfPrintingQuestionMarks() {
    PdfBuilder pdf = TestPdfs.begin("Emoji", DEFAULTS.labels(), CREATED);

    assertThatThrownBy(() -> pdf.paragraph("华信 Trading \uD83D\uDE00 ready"))
        .isInstanceOf(UnrenderableTextException.class)
        .hasMessageContaining("U+1F600").hasMessageContaining("华信 Trading");
  }

  @Test
  void aMissingFontFileIsNamedWithWhatToInstall() {
    OrderToCashProperties noFont = withDocuments(new OrderToCashProperties.Documents("/nowhere/font.ttc", null));

    assertThatThrownBy(() -> TestPdfs.layout(noFont, CREATED).begin("T", noFont.labels()))
        .hasMessageContaining("/nowhere/font.ttc").hasMessageContaining("fonts-wqy-zenhei");
  }

  @Test
  void longTablesContinueOnNumberedPagesWithTheirHeader() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      rows.add(List.of(String.valueOf(i), "A product with a rather long name that needs more than one line " + i, "1.00"));
    }
    byte[] pdf = TestPdfs.begin("Long", DEFAULTS.labels(Language.EN), CREATED)
        .table(List.of("#", "Product", "Amount"), rows, new float[] {0.1f, 0.6f, 0.3f}, Set.of(2)).build();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(2);
      for (int page = 1; page <= pages; page++) {
        String text = pageText(document, page);
        assertThat(text).contains("Page " + page + " of " + pages, "#", "Product", "Amount");
      }
      assertThat(new PDFTextStripper().getText(document))
          .contains("A product with a rather long name that needs more than one line\n120");
    }
  }

  @Test
  void chineseWrapsBetweenCharactersWithinTheLine() throws IOException {
    String clause = "买方应于收到货物后七日内完成验收，逾期未提出书面异议的视为验收合格。".repeat(4);
    byte[] pdf = TestPdfs.begin("条款", DEFAULTS.labels(), CREATED).paragraph(clause).build();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String[] lines = pageText(document, 1).split("\n");
      List<String> clauseLines = java.util.Arrays.stream(lines).filter(l -> l.startsWith("买方") || l.contains("验收")).toList();
      assertThat(clauseLines).hasSizeGreaterThan(1);
      assertThat(String.join("", clauseLines)).contains(clause);
    }
  }

  @Test
  void theLetterheadComesFromConfiguration() throws IOException {
    OrderToCashProperties.Letterhead letterhead = new OrderToCashProperties.Letterhead(
        new OrderToCashProperties.Localized("杭州测试电器有限公司", "Hangzhou Test Electric Co."),
        new OrderToCashProperties.Localized("杭州市西湖区文三路 1 号", "1 Wensan Road, Hangzhou"),
        "91330106TEST00001X", new OrderToCashProperties.Localized("招商银行杭州分行", "CMB Hangzhou"),
        "5719 0000 1111", "classpath:letterhead/logo.png");
    OrderToCashProperties properties = withLetterhead(letterhead);

    byte[] chinese = TestPdfs.layout(properties, CREATED).begin("T", properties.labels(Language.ZH_CN)).build();
    byte[] english = TestPdfs.layout(properties, CREATED).begin("T", properties.labels(Language.EN)).build();

    try (PDDocument document = Loader.loadPDF(chinese)) {
      assertThat(pageText(document, 1)).contains("杭州测试电器有限公司", "杭州市西湖区文三路 1 号",
          "统一社会信用代码：91330106TEST00001X", "开户行：招商银行杭州分行", "账号：5719 0000 1111", "第 1 页，共 1 页");
      assertThat(document.getPage(0).getResources().getXObjectNames()).hasSize(1);
      assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("杭州测试电器有限公司");
    }
    try (PDDocument document = Loader.loadPDF(english)) {
      assertThat(pageText(document, 1)).contains("Hangzhou Test Electric Co.", "1 Wensan Road, Hangzhou",
          "Tax ID: 91330106TEST00001X", "Bank: CMB Hangzhou, account 5719 0000 1111", "Page 1 of 1");
    }
  }

  @Test
  void signatureBoxesAndTotalsAreWritten() throws IOException {
    byte[] pdf = TestPdfs.begin("T", DEFAULTS.labels(), CREATED)
        .totals(List.<String[]>of(new String[] {"不含税合计", "¥100.00"}, new String[] {"应付金额（含税）", "¥113.00"}))
        .signatures(List.of(new PdfBuilder.SignatureBox("卖方（盖章）", List.of("日期：____")),
            new PdfBuilder.SignatureBox("买方（盖章）", List.of("日期：____"))))
        .build();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(pageText(document, 1)).contains("不含税合计 ¥100.00", "应付金额（含税） ¥113.00", "卖方（盖章）", "买方（盖章）");
    }
  }

  static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  private static OrderToCashProperties withDocuments(OrderToCashProperties.Documents documents) {
    OrderToCashProperties d = DEFAULTS;
    return new OrderToCashProperties(d.currency(), d.companyName(), d.mail(), d.outbox(), d.demo(), d.tracking(),
        d.claims(), d.negotiation(), d.shipping(), d.contract(), d.billing(), d.returns(), d.surveys(), d.history(),
        d.language(), d.timeZone(), d.letterhead(), documents, d.credit());
  }

  private static OrderToCashProperties withLetterhead(OrderToCashProperties.Letterhead letterhead) {
    OrderToCashProperties d = DEFAULTS;
    return new OrderToCashProperties(d.currency(), d.companyName(), d.mail(), d.outbox(), d.demo(), d.tracking(),
        d.claims(), d.negotiation(), d.shipping(), d.contract(), d.billing(), d.returns(), d.surveys(), d.history(),
        d.language(), d.timeZone(), letterhead, d.documents(), d.credit());
  }
}
