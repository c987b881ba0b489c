package th.ita.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemSplitterTest {

    /** Seed report, measure ๑, steps: one item a paragraph. */
    static final String SEED_1_STEPS = """
            ๑. ปรับปรุงคู่มือหรือ มาตรฐานการปฏิบัติงาน โดยระบุขั้นตอนและ ระยะเวลาที่ใช้ในการ ปฏิบัติงาน หรือการ ให้บริการ
            ๒. กำชับให้เจ้าหน้าที่ผู้ ปฏิบัติ หรือให้บริการ ประชาชน ถือปฏิบัติ ตามคู่มือดังกล่าวโดย เคร่งครัด
            ๓. ประชาสัมพันธ์หรือ เผยแพร่คู่มือหรือ มาตรฐานการปฏิบัติงาน ในช่องทางที่หลากหลาย เช่น ณ ที่ตั้งของ หน่วยงาน ผ่านสื่อ ออนไลน์ของหน่วยงาน""";

    /** Seed report, measure ๒, steps: item ๑ holds sub-items (๑)..(๕). */
    static final String SEED_2_STEPS = """
            ๑. จัดทำ/ปรับปรุงคู่มือ การให้บริการหรือแนว ทางการปฏิบัติที่ ผู้รับบริการหรือผู้มา ติดต่อกับหน่วยงานใช้ เป็นข้อมูลในการขอรับ บริการหรือติดต่อกับ หน่วยงาน โดยมี รายละเอียดของแต่ละ งาน ดังนี้
            (๑) ชื่องาน
            (๒) วิธีการขั้นตอนการ ให้บริการ
            (๓) ระยะเวลาแต่ละ ขั้นตอน
            (๔) ช่องทางให้บริการ เช่น สถานที่ ส่วนงานที่ รับผิดชอบ E-service One Stop Service
            (๕) กฎหมายที่เกี่ยวข้อง
            ๒. จัดให้มีการบริการใน รูปแบบออนไลน์หรือ E- Service เพื่อลดการใช้ ดุลยพินิจหรือการเลือก ปฏิบัติในภารกิจหรือ บริการนั้น ๆ""";

    /** Seed report, measure ๔, steps: three items run together on one line. */
    static final String SEED_4_STEPS = "๑. ปรับปรุงคู่มือกำหนด แนวทางปฏิบัติเกี่ยวกับ ทางการใช้ทรัพย์สินของ ราชการ โดยกำหนด"
            + " ขั้นตอนในการขอยืม ทรัพย์สินของทาง ราชการตามประเภทงาน ด้านต่าง ๆ ไว้ในคู่มือ หรือมาตรฐานการ ให้บริการ"
            + " ๒. จัดให้มีการขอ อนุญาตในการยืม ทรัพย์สินของราชการ อย่างถูกต้อง"
            + " ๓. จัดให้มีการตรวจสอบ วัสดุและครุภัณฑ์ของ หน่วยงานเป็นระยะ";

    /** Seed report, measure ๕, steps: run together with no space after the dot. */
    static final String SEED_5_STEPS = "๑.จัดประชุมชี้แจง แผนการใช้จ่าย งบประมาณประจำปี ให้แก่บุคลากรภายใน หน่วยงาน หรืออาจ"
            + " จัดทำในสื่อ ประชาสัมพันธ์ใน รูปแบบการสรุปข้อมูล ๒.จัดให้บุคลากรภายใน หน่วยงานได้มีส่วนร่วม"
            + " ในการจัดทำแผนการ ดำเนินงานและแผนการ ใช้จ่ายงบประมาณ ๓.จัดให้มีการประเมิน เสี่ยงในการทุจริตใน"
            + " ประเด็นการเบิกจ่ายเงิน และกำหนดมาตรการ สำหรับการป้องกันการ ทุจริตจากการเบิก จ่ายเงินที่เป็นเท็จ"
            + " ตลอดจนบังคับใช้จน เกิดผลสัมฤทธิ์";

    /** Seed report, measure ๕, output: years "พ.ศ. ๒๕๖๗" inside the items. */
    static final String SEED_5_OUTPUT = "๑. สำนักปลัดนำ ข้อบัญญัติงบประมาณ รายจ่ายประจำปี งบประมาณ พ.ศ. ๒๕๖๗ ลงเว็บไซต์หลัก"
            + " ของหน่วยงาน ๒. กองคลังนำข้อมูล แผนการใช้จ่าย งบประมาณประจำปี งบประมาณ พ.ศ. ๒๕๖๗ และแผนการ"
            + " จัดซื้อจัดจ้าง หรือการ จัดหาพัสดุ ลงเว็บไซต์ หลักของหน่วยงาน";

    /** Seed report, measure ๗, steps, second part after the page break. */
    static final String SEED_7_STEPS_CONTINUED = """
            ในการปฏิบัติงานหรือ การให้บริการ
            ๓.มีการรายงานผลการ ดำเนินงานป้องกันการ ทุจริตประจำปีที่มี โครงการ/กิจกรรม เสริมสร้างความโปร่งใส ในการปฏิบัติงานหรือ การให้บริการให้ สาธารณชนทราบด้วย""";

    /** Seed report, measure ๗, steps, first part before the page break. */
    static final String SEED_7_STEPS = """
            ๑. เผยแพร่ช่องทาง ร้องเรียนเจ้าหน้าที่ของ หน่วยงาน ผ่านช่องทาง ออนไลน์ โดยจัดให้มี มาตรการคุ้มครองและ ปกปิดข้อมูลผู้แจ้ง เบาะแส
            ๒. การกำหนด แผนปฏิบัติการป้องกัน การทุจริต ที่มุ่งเน้น โครงการ/กิจกรรมที่ เสริมสร้างความโปร่งใส""";

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n \t", "\u200b\u00a0"})
    void blankCellHasNoItems(String cell) {
        assertThat(ItemSplitter.split(cell)).isEmpty();
        assertThat(ItemSplitter.splitContinuing(cell, 2)).isEqualTo(new ItemSplitter.Continued("", List.of()));
    }

    @Test
    void nullCellHasNoItems() {
        assertThat(ItemSplitter.split(null)).isEmpty();
    }

    @Test
    void seedItemsOnePerLine() {
        List<Item> items = ItemSplitter.split(SEED_1_STEPS);
        assertThat(items).extracting(Item::number).containsExactly(1, 2, 3);
        assertThat(items.get(0).text()).isEqualTo(
                "ปรับปรุงคู่มือหรือ มาตรฐานการปฏิบัติงาน โดยระบุขั้นตอนและ ระยะเวลาที่ใช้ในการ ปฏิบัติงาน หรือการ ให้บริการ");
        assertThat(items.get(0).original()).isEqualTo(
                "๑. ปรับปรุงคู่มือหรือ มาตรฐานการปฏิบัติงาน โดยระบุขั้นตอนและ ระยะเวลาที่ใช้ในการ ปฏิบัติงาน หรือการ ให้บริการ");
        assertThat(items.get(2).text()).endsWith("ออนไลน์ของหน่วยงาน").doesNotContain("\n");
    }

    @Test
    void seedSubItemsStayInTheirItemEachOnItsOwnLine() {
        List<Item> items = ItemSplitter.split(SEED_2_STEPS);
        assertThat(items).extracting(Item::number).containsExactly(1, 2);
        assertThat(items.get(0).text()).isEqualTo("""
                จัดทำ/ปรับปรุงคู่มือ การให้บริการหรือแนว ทางการปฏิบัติที่ ผู้รับบริการหรือผู้มา ติดต่อกับหน่วยงานใช้ \
                เป็นข้อมูลในการขอรับ บริการหรือติดต่อกับ หน่วยงาน โดยมี รายละเอียดของแต่ละ งาน ดังนี้
                (๑) ชื่องาน
                (๒) วิธีการขั้นตอนการ ให้บริการ
                (๓) ระยะเวลาแต่ละ ขั้นตอน
                (๔) ช่องทางให้บริการ เช่น สถานที่ ส่วนงานที่ รับผิดชอบ E-service One Stop Service
                (๕) กฎหมายที่เกี่ยวข้อง""");
        assertThat(items.get(1).text()).isEqualTo(
                "จัดให้มีการบริการใน รูปแบบออนไลน์หรือ E- Service เพื่อลดการใช้ ดุลยพินิจหรือการเลือก"
                        + " ปฏิบัติในภารกิจหรือ บริการนั้น ๆ");
    }

    @Test
    void subItemsRunTogetherGetTheirOwnLines() {
        List<Item> items = ItemSplitter.split("๑. รายละเอียด ดังนี้ (๑) ชื่องาน (๒) วิธีการ(3) ระยะเวลา ๒. จัดให้มี");
        assertThat(items).extracting(Item::number, Item::text).containsExactly(
                tuple(1, "รายละเอียด ดังนี้\n(๑) ชื่องาน\n(๒) วิธีการ\n(3) ระยะเวลา"),
                tuple(2, "จัดให้มี"));
        assertThat(items.get(0).original()).isEqualTo("๑. รายละเอียด ดังนี้\n(๑) ชื่องาน\n(๒) วิธีการ\n(3) ระยะเวลา");
    }

    @Test
    void legalReferenceInParenthesesIsNoSubItem() {
        List<Item> items = ItemSplitter.split("๑. ตามมาตรา ๕(๑) แห่งพระราชบัญญัติ");
        assertThat(items).extracting(Item::text).containsExactly("ตามมาตรา ๕(๑) แห่งพระราชบัญญัติ");
    }

    @Test
    void seedItemsRunTogetherOnOneLine() {
        List<Item> items = ItemSplitter.split(SEED_4_STEPS);
        assertThat(items).extracting(Item::number).containsExactly(1, 2, 3);
        assertThat(items.get(0).text()).endsWith("หรือมาตรฐานการ ให้บริการ");
        assertThat(items.get(1).original()).isEqualTo("๒. จัดให้มีการขอ อนุญาตในการยืม ทรัพย์สินของราชการ อย่างถูกต้อง");
        assertThat(items.get(2).text()).isEqualTo("จัดให้มีการตรวจสอบ วัสดุและครุภัณฑ์ของ หน่วยงานเป็นระยะ");
    }

    @Test
    void seedItemsRunTogetherWithoutSpaceAfterTheDot() {
        List<Item> items = ItemSplitter.split(SEED_5_STEPS);
        assertThat(items).extracting(Item::number).containsExactly(1, 2, 3);
        assertThat(items.get(0).text()).isEqualTo("จัดประชุมชี้แจง แผนการใช้จ่าย งบประมาณประจำปี ให้แก่บุคลากรภายใน"
                + " หน่วยงาน หรืออาจ จัดทำในสื่อ ประชาสัมพันธ์ใน รูปแบบการสรุปข้อมูล");
        assertThat(items.get(1).original()).startsWith("๒.จัดให้บุคลากรภายใน");
        assertThat(items.get(1).text()).startsWith("จัดให้บุคลากรภายใน").endsWith("ใช้จ่ายงบประมาณ");
        assertThat(items.get(2).text()).endsWith("เกิดผลสัมฤทธิ์");
    }

    @Test
    void yearsInsideItemsDoNotSplit() {
        List<Item> items = ItemSplitter.split(SEED_5_OUTPUT);
        assertThat(items).extracting(Item::number).containsExactly(1, 2);
        assertThat(items.get(0).text()).isEqualTo(
                "สำนักปลัดนำ ข้อบัญญัติงบประมาณ รายจ่ายประจำปี งบประมาณ พ.ศ. ๒๕๖๗ ลงเว็บไซต์หลัก ของหน่วยงาน");
    }

    @Test
    void abbreviationsDecimalsAndOutOfSequenceNumbersDoNotSplit() {
        List<Item> items = ItemSplitter.split(
                "๑. จัดกิจกรรม ของ อบต.นาทอน ครั้งที่ 1.5 ตามข้อ ๓. ของแผน พ.ศ. ๒๕๖๗. รวม 3. ครั้ง ๒. รายงานผล");
        assertThat(items).extracting(Item::number, Item::text).containsExactly(
                tuple(1, "จัดกิจกรรม ของ อบต.นาทอน ครั้งที่ 1.5 ตามข้อ ๓. ของแผน พ.ศ. ๒๕๖๗. รวม 3. ครั้ง"),
                tuple(2, "รายงานผล"));
    }

    @Test
    void clauseReferenceToTheExpectedNumberDoesNotSplit() {
        List<Item> items = ItemSplitter.split("๑. ปฏิบัติตามข้อ ๒. ของระเบียบ ๒. รายงานผล");
        assertThat(items).extracting(Item::number, Item::text).containsExactly(
                tuple(1, "ปฏิบัติตามข้อ ๒. ของระเบียบ"),
                tuple(2, "รายงานผล"));
    }

    @Test
    void decimalAtTheStartIsNoMarker() {
        List<Item> items = ItemSplitter.split("1.5 เท่าของปีก่อน");
        assertThat(items).containsExactly(new Item(null, "1.5 เท่าของปีก่อน", "1.5 เท่าของปีก่อน"));
    }

    @Test
    void arabicDigitMarkersSplitToo() {
        List<Item> items = ItemSplitter.split("1. ปรับปรุงคู่มือ\n2. กำชับเจ้าหน้าที่\n3. เผยแพร่");
        assertThat(items).extracting(Item::number, Item::original).containsExactly(
                tuple(1, "1. ปรับปรุงคู่มือ"), tuple(2, "2. กำชับเจ้าหน้าที่"), tuple(3, "3. เผยแพร่"));
    }

    @Test
    void cellMayStartAtAnotherNumber() {
        List<Item> items = ItemSplitter.split("๓. มีการรายงานผล ๔. เผยแพร่ ๑. ไม่ใช่ข้อใหม่");
        assertThat(items).extracting(Item::number, Item::text).containsExactly(
                tuple(3, "มีการรายงานผล"), tuple(4, "เผยแพร่ ๑. ไม่ใช่ข้อใหม่"));
    }

    @Test
    void textWithoutMarkerIsOneUnnumberedItem() {
        String seed3Steps = "มีการเผยแพร่และ ประชาสัมพันธ์ข้อมูล ข่าวสาร ผ่านช่องทางที่ หลากหลาย\n"
                + "ความสะดวกในการเข้า ใช้งาน ปี ๒๕๖๘";
        List<Item> items = ItemSplitter.split(seed3Steps);
        String expected = "มีการเผยแพร่และ ประชาสัมพันธ์ข้อมูล ข่าวสาร ผ่านช่องทางที่ หลากหลาย ความสะดวกในการเข้า ใช้งาน ปี ๒๕๖๘";
        assertThat(items).containsExactly(new Item(null, expected, expected));
    }

    @Test
    void textBeforeTheFirstMarkerIsAnUnnumberedFirstItem() {
        List<Item> items = ItemSplitter.split("ดำเนินการ ดังนี้\n๑. ประชุม\n๒. รายงาน");
        assertThat(items).extracting(Item::number, Item::text).containsExactly(
                tuple(null, "ดำเนินการ ดังนี้"), tuple(1, "ประชุม"), tuple(2, "รายงาน"));
    }

    @Test
    void markerMidTextOtherThanOneDoesNotStartAList() {
        List<Item> items = ItemSplitter.split("รวม ๓. ครั้ง ในปี");
        assertThat(items).extracting(Item::number, Item::text).containsExactly(tuple(null, "รวม ๓. ครั้ง ในปี"));
    }

    @Test
    void zeroWidthSpacesAreDropped() {
        List<Item> items = ItemSplitter.split("๑.\u200bประชุม\u200b ชี้แจง\u200b๒. รายงาน");
        assertThat(items).extracting(Item::number, Item::text).containsExactly(
                tuple(1, "ประชุม ชี้แจง"), tuple(2, "รายงาน"));
    }

    @Test
    void bareNumberClosingTheCellIsNoItem() {
        List<Item> items = ItemSplitter.split("๑. ประชุมครั้งที่ ๒.");
        assertThat(items).extracting(Item::number, Item::text).containsExactly(tuple(1, "ประชุมครั้งที่ ๒."));
    }

    @Test
    void seedContinuationAfterThePageBreak() {
        ItemSplitter.Continued continued = ItemSplitter.splitContinuing(SEED_7_STEPS_CONTINUED, 2);
        assertThat(continued.leadingText()).isEqualTo("ในการปฏิบัติงานหรือ การให้บริการ");
        assertThat(continued.items()).extracting(Item::number).containsExactly(3);
        assertThat(continued.items().get(0).text()).isEqualTo("มีการรายงานผลการ ดำเนินงานป้องกันการ ทุจริตประจำปีที่มี"
                + " โครงการ/กิจกรรม เสริมสร้างความโปร่งใส ในการปฏิบัติงานหรือ การให้บริการให้ สาธารณชนทราบด้วย");
        assertThat(continued.items().get(0).original()).startsWith("๓.มีการรายงานผลการ");
    }

    @Test
    void seedContinuationJoinsTheCutSentence() {
        List<Item> above = ItemSplitter.split(SEED_7_STEPS);
        ItemSplitter.Continued continued = ItemSplitter.splitContinuing(SEED_7_STEPS_CONTINUED, above.get(1).number());
        Item joined = above.get(1).append(continued.leadingText());
        assertThat(joined.number()).isEqualTo(2);
        assertThat(joined.text()).isEqualTo("การกำหนด แผนปฏิบัติการป้องกัน การทุจริต ที่มุ่งเน้น โครงการ/กิจกรรมที่"
                + " เสริมสร้างความโปร่งใสในการปฏิบัติงานหรือ การให้บริการ");
        assertThat(joined.original()).startsWith("๒. การกำหนด").endsWith("โปร่งใสในการปฏิบัติงานหรือ การให้บริการ");
    }

    @Test
    void continuationWithoutMarkerIsAllLeadingText() {
        ItemSplitter.Continued continued = ItemSplitter.splitContinuing("ตามหลัก คุณธรรมและ\nความโปร่งใส", 0);
        assertThat(continued).isEqualTo(new ItemSplitter.Continued("ตามหลัก คุณธรรมและ ความโปร่งใส", List.of()));
    }

    @Test
    void continuationOnlySplitsAtTheNextNumber() {
        ItemSplitter.Continued continued = ItemSplitter.splitContinuing("ตามแผน ๒. ของปี ๔. ทบทวน ๕. รายงาน", 3);
        assertThat(continued.leadingText()).isEqualTo("ตามแผน ๒. ของปี");
        assertThat(continued.items()).extracting(Item::number, Item::text).containsExactly(
                tuple(4, "ทบทวน"), tuple(5, "รายงาน"));
    }

    @Test
    void continuationOpeningWithAMarkerHasNoLeadingText() {
        ItemSplitter.Continued continued = ItemSplitter.splitContinuing("๑. ประชุม ๒. รายงาน ๓. เผยแพร่", 2);
        assertThat(continued.leadingText()).isEmpty();
        assertThat(continued.items()).extracting(Item::number).containsExactly(1, 2, 3);
    }

    @Test
    void continuationRestartingAtOneAfterCutText() {
        ItemSplitter.Continued continued = ItemSplitter.splitContinuing("การให้บริการ\n๑. ประชุม\n๒. รายงาน", 4);
        assertThat(continued.leadingText()).isEqualTo("การให้บริการ");
        assertThat(continued.items()).extracting(Item::number).containsExactly(1, 2);
    }

    @Test
    void keyIgnoresSpacesDigitsAndItemNumber() {
        Item thai = ItemSplitter.split("๑. ประชุม ชี้แจง ปี ๒๕๖๘").get(0);
        Item arabic = ItemSplitter.split("3.ประชุมชี้แจง\nปี 2568").get(0);
        Item other = ItemSplitter.split("๑. ประชุม ชี้แจง ปี ๒๕๖๗").get(0);
        assertThat(thai.key()).isEqualTo(arabic.key()).isEqualTo("ประชุมชี้แจงปี2568");
        assertThat(other.key()).isNotEqualTo(thai.key());
    }

    @Test
    void appendJoinsThaiWithoutSpaceAndOtherwiseWithOne() {
        Item item = new Item(2, "เสริมสร้างความโปร่งใส", "๒. เสริมสร้างความโปร่งใส");
        assertThat(item.append(" ในการ\nปฏิบัติงาน ")).isEqualTo(
                new Item(2, "เสริมสร้างความโปร่งใสในการ ปฏิบัติงาน", "๒. เสริมสร้างความโปร่งใสในการ ปฏิบัติงาน"));
        assertThat(new Item(1, "ระบบ E-", "๑. ระบบ E-").append("Service").text()).isEqualTo("ระบบ E- Service");
        assertThat(new Item(1, "ผ่านระบบ", "๑. ผ่านระบบ").append("E-Service").text()).isEqualTo("ผ่านระบบ E-Service");
        assertThat(new Item(1, "ต่าง ๆ", "๑. ต่าง ๆ").append("ของหน่วยงาน").text()).isEqualTo("ต่าง ๆ ของหน่วยงาน");
        assertThat(new Item(1, "ปี ๒๕๖๘", "๑. ปี ๒๕๖๘").append("ต่อไป").text()).isEqualTo("ปี ๒๕๖๘ ต่อไป");
    }

    @Test
    void appendOfNothingKeepsTheItem() {
        Item item = new Item(1, "ประชุม", "๑. ประชุม");
        assertThat(item.append(" \n")).isSameAs(item);
        assertThat(item.append(null)).isSameAs(item);
    }

    @Test
    void appendKeepsSubItemsOnTheirLines() {
        Item item = new Item(1, "ดังนี้", "๑. ดังนี้");
        assertThat(item.append("(๑) ชื่องาน (๒) ขั้นตอน").text()).isEqualTo("ดังนี้ (๑) ชื่องาน\n(๒) ขั้นตอน");
    }

    /** The one-pass marker search finds what the MARKER regex finds, on random text of digits, dots, spaces and marks. */
    @Test
    void theMarkerSearchFindsWhatTheRegexFinds() {
        String alphabet = "0123456789..... \u00A0\u200B\u2060\n\tกขa()-";
        for (String s : th.ita.report.text.RandomTexts.of(7, 50_000, 16, alphabet, alphabet)) {
            java.util.List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = ItemSplitter.MARKER.matcher(s);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end() + ":" + Integer.parseInt(m.group(1)));
            }
            assertThat(ItemSplitter.markers(s).stream().map(a -> a[0] + "-" + a[1] + ":" + a[2]).toList())
                    .as("%s", th.ita.report.text.RandomTexts.codePoints(s)).isEqualTo(expected);
        }
    }

    /** The shortcut for "shows nothing" answers as display() does, over any part of a text. */
    @Test
    void nothingShownIsAnEmptyDisplay() {
        String blanks = " \u00A0\u200B\u2060\u202E\n\t\r\f\u000B\u0001\u0085\u3000\u2028";
        String rare = "กa(\uDB40\uDC01\uD800\u00AD\uFEFF\u0E31";
        for (String s : th.ita.report.text.RandomTexts.of(13, 50_000, 10, blanks, rare)) {
            for (int from = 0; from <= s.length(); from += 3) {
                assertThat(ItemSplitter.nothingShown(s, from, s.length()))
                        .as("%s from %d", th.ita.report.text.RandomTexts.codePoints(s), from)
                        .isEqualTo(ItemSplitter.display(s.substring(from)).isEmpty());
            }
        }
    }
}
