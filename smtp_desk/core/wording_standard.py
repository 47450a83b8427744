"""SMTP Desk's standard wording in the members' languages other than English: a subject and
a text for each kind, written as a society office in Maharashtra or Gujarat writes to its
members (the English standard is in :mod:`smtp_desk.core.wording_store`). Each is a
starting point the office can change in Message Wording; ``{what}`` is not used, because
Marathi and Gujarati agree the verb with the document's gender."""

from __future__ import annotations

from smtp_desk.core.wording import WordingKind

__all__ = ["STANDARD"]

_MR_END = """
हा ईमेल {society_name} च्या कार्यालयाने पाठवला आहे. काही शंका असल्यास कृपया या ईमेलला उत्तर द्या.

धन्यवाद,
{society_name}
"""
_HI_END = """
यह ईमेल {society_name} के कार्यालय द्वारा भेजा गया है। कोई प्रश्न हो तो कृपया इस ईमेल का उत्तर दें।

सादर,
{society_name}
"""
_GU_END = """
આ ઈમેલ {society_name} ની ઓફિસ દ્વારા મોકલવામાં આવ્યો છે. કોઈ પ્રશ્ન હોય તો કૃપા કરીને આ ઈમેલનો જવાબ આપો.

આભાર,
{society_name}
"""

STANDARD: dict[tuple[WordingKind, str], tuple[str, str]] = {
    (WordingKind.BILL, "mr"): (
        "देखभाल बिल {period} – सदनिका {flat}",
        "प्रिय {member_name},\n\n{period} चे आपले देखभाल बिल (सदनिका {flat}) सोबत जोडले "
        "आहे{amount}.\n" + _MR_END,
    ),
    (WordingKind.RECEIPT, "mr"): (
        "पावती {number} – सदनिका {flat}",
        "प्रिय {member_name},\n\nआपण भरलेल्या रकमेची पावती {number} (सदनिका {flat}) सोबत "
        "जोडली आहे{amount}.\n" + _MR_END,
    ),
    (WordingKind.STATEMENT, "mr"): (
        "सभासद खातेउतारा {period} – सदनिका {flat}",
        "प्रिय {member_name},\n\n{period} या कालावधीचा आपला खातेउतारा (सदनिका {flat}) सोबत "
        "जोडला आहे{amount}.\n" + _MR_END,
    ),
    (WordingKind.TEST, "mr"): (
        "चाचणी: {society_name} कडून सभासद खातेउतारा",
        "हा SMTP Desk मधून {society_name} च्या कार्यालयाने पाठवलेला चाचणी ईमेल आहे.\n\n"
        "हा ईमेल वाचता येत असेल आणि सोबतचा खातेउतारा उघडत असेल, तर ईमेल सेटिंग्ज योग्य "
        "आहेत: सभासदांना त्यांची बिले, पावत्या आणि खातेउतारे असेच मिळतील.\n\n"
        "हा खातेउतारा नमुना आहे; त्यातील आकडे खरे नाहीत.\n",
    ),
    (WordingKind.BILL, "hi"): (
        "रखरखाव बिल {period} – फ्लैट {flat}",
        "प्रिय {member_name},\n\n{period} का आपका रखरखाव बिल (फ्लैट {flat}) संलग्न है"
        "{amount}।\n" + _HI_END,
    ),
    (WordingKind.RECEIPT, "hi"): (
        "भुगतान रसीद {number} – फ्लैट {flat}",
        "प्रिय {member_name},\n\nआपके भुगतान की रसीद {number} (फ्लैट {flat}) संलग्न है"
        "{amount}।\n" + _HI_END,
    ),
    (WordingKind.STATEMENT, "hi"): (
        "सदस्य विवरण {period} – फ्लैट {flat}",
        "प्रिय {member_name},\n\n{period} की अवधि का आपका खाता विवरण (फ्लैट {flat}) संलग्न है"
        "{amount}।\n" + _HI_END,
    ),
    (WordingKind.TEST, "hi"): (
        "परीक्षण: {society_name} की ओर से सदस्य विवरण",
        "यह SMTP Desk से {society_name} के कार्यालय द्वारा भेजा गया परीक्षण ईमेल है।\n\n"
        "यदि आप इसे पढ़ पा रहे हैं और संलग्न विवरण खुल रहा है, तो ईमेल सेटिंग्स सही हैं: "
        "सदस्यों को उनके बिल, रसीदें और विवरण इसी तरह मिलेंगे।\n\n"
        "यह विवरण एक नमूना है; इसके आंकड़े वास्तविक नहीं हैं।\n",
    ),
    (WordingKind.BILL, "gu"): (
        "મેન્ટેનન્સ બિલ {period} – ફ્લેટ {flat}",
        "પ્રિય {member_name},\n\n{period} નું આપનું મેન્ટેનન્સ બિલ (ફ્લેટ {flat}) સાથે જોડેલ "
        "છે{amount}.\n" + _GU_END,
    ),
    (WordingKind.RECEIPT, "gu"): (
        "ચુકવણીની રસીદ {number} – ફ્લેટ {flat}",
        "પ્રિય {member_name},\n\nઆપની ચુકવણીની રસીદ {number} (ફ્લેટ {flat}) સાથે જોડેલ "
        "છે{amount}.\n" + _GU_END,
    ),
    (WordingKind.STATEMENT, "gu"): (
        "સભ્ય ખાતાવહી {period} – ફ્લેટ {flat}",
        "પ્રિય {member_name},\n\n{period} સમયગાળાની આપની ખાતાવહી (ફ્લેટ {flat}) સાથે જોડેલ "
        "છે{amount}.\n" + _GU_END,
    ),
    (WordingKind.TEST, "gu"): (
        "પરીક્ષણ: {society_name} તરફથી સભ્ય ખાતાવહી",
        "આ SMTP Desk દ્વારા {society_name} ની ઓફિસે મોકલેલો પરીક્ષણ ઈમેલ છે.\n\n"
        "જો આપ આ વાંચી શકો અને સાથે જોડેલ ખાતાવહી ખૂલે, તો ઈમેલ સેટિંગ્સ બરાબર છે: "
        "સભ્યોને તેમના બિલ, રસીદો અને ખાતાવહી આ રીતે જ મળશે.\n\n"
        "આ ખાતાવહી નમૂનો છે; તેના આંકડા સાચા નથી.\n",
    ),
}
