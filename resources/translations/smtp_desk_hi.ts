<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>यहाँ देखें:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फ़ाइल का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>फ़ाइल का प्रकार:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>चुनें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>पेस्ट करें (&amp;P)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>कट करें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>न सहेजें</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <source>None — not recommended</source>
        <translation>एन्क्रिप्शन नहीं — अनुशंसित नहीं</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>The mail server&apos;s name was not found</source>
        <translation>मेल सर्वर का नाम नहीं मिला</translation>
    </message>
    <message>
        <source>The SMTP host is misspelt, or this computer is not connected to the internet.</source>
        <translation>SMTP होस्ट की स्पेलिंग गलत है, या यह कंप्यूटर इंटरनेट से जुड़ा नहीं है।</translation>
    </message>
    <message>
        <source>Check the SMTP host (for Gmail it is smtp.gmail.com) and that websites open on this computer.</source>
        <translation>SMTP होस्ट जाँचें (Gmail के लिए यह smtp.gmail.com है) और देखें कि इस कंप्यूटर पर वेबसाइट खुलती हैं या नहीं।</translation>
    </message>
    <message>
        <source>The mail server refused the connection</source>
        <translation>मेल सर्वर ने कनेक्शन अस्वीकार कर दिया</translation>
    </message>
    <message>
        <source>Nothing answers on this port of the server: the port is wrong, or a firewall or antivirus on this computer blocks it.</source>
        <translation>सर्वर के इस पोर्ट पर कोई जवाब नहीं दे रहा: पोर्ट गलत है, या इस कंप्यूटर का फ़ायरवॉल या एंटीवायरस उसे रोक रहा है।</translation>
    </message>
    <message>
        <source>Use port 587 (STARTTLS) or 465 (SSL/TLS) as your provider says; if they are right, allow SMTP Desk in the firewall or antivirus.</source>
        <translation>अपने प्रदाता के बताए अनुसार पोर्ट 587 (STARTTLS) या 465 (SSL/TLS) इस्तेमाल करें; अगर ये सही हैं, तो फ़ायरवॉल या एंटीवायरस में SMTP Desk को अनुमति दें।</translation>
    </message>
    <message>
        <source>The mail server did not answer in time</source>
        <translation>मेल सर्वर ने समय पर जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>A firewall, antivirus or the internet provider blocks this port (port 25 is blocked by most providers), or the network is very slow.</source>
        <translation>फ़ायरवॉल, एंटीवायरस या इंटरनेट कंपनी इस पोर्ट को रोक रही है (ज़्यादातर कंपनियाँ पोर्ट 25 रोकती हैं), या नेटवर्क बहुत धीमा है।</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS (or 465 with SSL/TLS) and try again; if it still fails, ask whoever manages the office network to allow outgoing SMTP.</source>
        <translation>STARTTLS के साथ पोर्ट 587 (या SSL/TLS के साथ 465) इस्तेमाल करके फिर से कोशिश करें; फिर भी न हो, तो ऑफ़िस का नेटवर्क संभालने वाले व्यक्ति से बाहर जाने वाले SMTP की अनुमति देने को कहें।</translation>
    </message>
    <message>
        <source>The security setting does not match the port</source>
        <translation>सुरक्षा सेटिंग पोर्ट से मेल नहीं खाती</translation>
    </message>
    <message>
        <source>The server speaks a different kind of encryption on this port (SSL/TLS versus STARTTLS).</source>
        <translation>इस पोर्ट पर सर्वर दूसरी तरह का एन्क्रिप्शन इस्तेमाल करता है (SSL/TLS या STARTTLS)।</translation>
    </message>
    <message>
        <source>Use the suggested port and security, then test again.</source>
        <translation>सुझाया गया पोर्ट और सुरक्षा चुनें, फिर दोबारा जाँचें।</translation>
    </message>
    <message>
        <source>The secure connection could not be set up</source>
        <translation>सुरक्षित कनेक्शन नहीं बन सका</translation>
    </message>
    <message>
        <source>The server and this computer could not agree on encryption (an old server, or something on the network interfering).</source>
        <translation>सर्वर और यह कंप्यूटर एन्क्रिप्शन पर सहमत नहीं हो सके (पुराना सर्वर, या नेटवर्क पर कुछ रुकावट डाल रहा है)।</translation>
    </message>
    <message>
        <source>Check the port and security setting with your provider; if they are right, ask the provider whether the server supports TLS 1.2 or newer.</source>
        <translation>पोर्ट और सुरक्षा सेटिंग अपने प्रदाता से पक्की करें; अगर ये सही हैं, तो प्रदाता से पूछें कि क्या सर्वर TLS 1.2 या उससे नया संस्करण सपोर्ट करता है।</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted</source>
        <translation>मेल सर्वर का प्रमाणपत्र भरोसेमंद नहीं है</translation>
    </message>
    <message>
        <source>The certificate is self-signed, expired, or replaced on the way by antivirus or a network filter; or this computer&apos;s clock is wrong.</source>
        <translation>प्रमाणपत्र खुद से हस्ताक्षरित (self-signed) है, उसकी अवधि खत्म हो गई है, या रास्ते में एंटीवायरस या नेटवर्क फ़िल्टर ने उसे बदल दिया है; या इस कंप्यूटर की घड़ी गलत है।</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time; turn off &quot;email scanning&quot; or &quot;SSL scanning&quot; in the antivirus; or ask the provider for the correct host name.</source>
        <translation>कंप्यूटर की तारीख और समय जाँचें; एंटीवायरस में &quot;email scanning&quot; या &quot;SSL scanning&quot; बंद करें; या प्रदाता से सही होस्ट नाम पूछें।</translation>
    </message>
    <message>
        <source>The certificate belongs to a different server name</source>
        <translation>प्रमाणपत्र किसी दूसरे सर्वर नाम का है</translation>
    </message>
    <message>
        <source>The SMTP host was typed as an IP address or a different name than the one the server&apos;s certificate is issued for.</source>
        <translation>SMTP होस्ट में IP पता, या ऐसा नाम लिखा गया है जो सर्वर के प्रमाणपत्र वाले नाम से अलग है।</translation>
    </message>
    <message>
        <source>Use the provider&apos;s exact host name (for example smtp.gmail.com), not an IP address or your website&apos;s name.</source>
        <translation>प्रदाता का सही होस्ट नाम इस्तेमाल करें (जैसे smtp.gmail.com), IP पता या अपनी वेबसाइट का नाम नहीं।</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS)</source>
        <translation>सर्वर एन्क्रिप्शन (STARTTLS) नहीं देता</translation>
    </message>
    <message>
        <source>This server or port does not support STARTTLS, or something on the network removed it. SMTP Desk did not send your password.</source>
        <translation>यह सर्वर या पोर्ट STARTTLS सपोर्ट नहीं करता, या नेटवर्क पर किसी चीज़ ने उसे हटा दिया। SMTP Desk ने आपका पासवर्ड नहीं भेजा।</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS, or the provider&apos;s STARTTLS port (usually 587).</source>
        <translation>SSL/TLS के साथ पोर्ट 465 इस्तेमाल करें, या प्रदाता का STARTTLS पोर्ट (आमतौर पर 587)।</translation>
    </message>
    <message>
        <source>The user ID or password was not accepted</source>
        <translation>सर्वर ने User ID या पासवर्ड स्वीकार नहीं किया</translation>
    </message>
    <message>
        <source>The password is wrong or was changed, or the user ID is not the full address.</source>
        <translation>पासवर्ड गलत है या बदल दिया गया है, या User ID पूरा ईमेल पता नहीं है।</translation>
    </message>
    <message>
        <source>Re-enter the password (did someone change it recently?) and use the full email address as user ID.</source>
        <translation>पासवर्ड फिर से डालें (क्या हाल ही में किसी ने उसे बदला है?) और User ID में पूरा ईमेल पता लिखें।</translation>
    </message>
    <message>
        <source>This account needs an App Password</source>
        <translation>इस खाते के लिए App Password ज़रूरी है</translation>
    </message>
    <message>
        <source>The provider does not accept the normal account password from programs.</source>
        <translation>प्रदाता प्रोग्रामों से खाते का सामान्य पासवर्ड स्वीकार नहीं करता।</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for the account, create an App Password and paste it into the Password field.</source>
        <translation>खाते के लिए 2-Step Verification चालू करें, App Password बनाएँ और उसे पासवर्ड फ़ील्ड में पेस्ट करें।</translation>
    </message>
    <message>
        <source>The provider has switched off password sign-in for SMTP</source>
        <translation>प्रदाता ने SMTP के लिए पासवर्ड से साइन इन बंद कर दिया है</translation>
    </message>
    <message>
        <source>The mailbox or organisation does not allow programs to sign in with a password (SMTP AUTH is disabled).</source>
        <translation>मेलबॉक्स या संस्था प्रोग्रामों को पासवर्ड से साइन इन नहीं करने देती (SMTP AUTH बंद है)।</translation>
    </message>
    <message>
        <source>Ask your IT administrator to enable SMTP AUTH (authenticated SMTP) for this mailbox.</source>
        <translation>अपने IT एडमिनिस्ट्रेटर से इस मेलबॉक्स के लिए SMTP AUTH (authenticated SMTP) चालू करने को कहें।</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection</source>
        <translation>सर्वर को एन्क्रिप्टेड कनेक्शन चाहिए</translation>
    </message>
    <message>
        <source>Signing in needs SSL/TLS or STARTTLS, and the connection is not encrypted.</source>
        <translation>साइन इन के लिए SSL/TLS या STARTTLS चाहिए, और यह कनेक्शन एन्क्रिप्टेड नहीं है।</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (port 465) or STARTTLS (port 587).</source>
        <translation>SSL/TLS (पोर्ट 465) या STARTTLS (पोर्ट 587) चुनें।</translation>
    </message>
    <message>
        <source>The server does not offer sign-in</source>
        <translation>सर्वर साइन इन की सुविधा नहीं देता</translation>
    </message>
    <message>
        <source>This server or port does not accept a user ID and password (it may be a relay for a different network, or sign-in is allowed only after encryption).</source>
        <translation>यह सर्वर या पोर्ट User ID और पासवर्ड स्वीकार नहीं करता (यह किसी दूसरे नेटवर्क का रिले हो सकता है, या साइन इन सिर्फ़ एन्क्रिप्शन के बाद होता है)।</translation>
    </message>
    <message>
        <source>Check the host and port with your provider, and choose SSL/TLS or STARTTLS.</source>
        <translation>होस्ट और पोर्ट अपने प्रदाता से पक्के करें, और SSL/TLS या STARTTLS चुनें।</translation>
    </message>
    <message>
        <source>The server refused the From address</source>
        <translation>सर्वर ने From पता अस्वीकार कर दिया</translation>
    </message>
    <message>
        <source>The From address is not this account&apos;s address or one of its verified aliases.</source>
        <translation>From पता न इस खाते का पता है, न उसके सत्यापित वैकल्पिक पतों (alias) में से कोई।</translation>
    </message>
    <message>
        <source>Set From email to the signed-in mailbox, or add the address as a verified sender / alias with your provider.</source>
        <translation>साइन इन किए गए मेलबॉक्स का पता ही From ईमेल में रखें, या उस पते को अपने प्रदाता के पास सत्यापित प्रेषक / alias के रूप में जोड़ें।</translation>
    </message>
    <message>
        <source>The server refused the recipient&apos;s address</source>
        <translation>सर्वर ने प्राप्तकर्ता का पता अस्वीकार कर दिया</translation>
    </message>
    <message>
        <source>The address does not exist, is misspelt, or the receiving server refused it.</source>
        <translation>यह पता मौजूद नहीं है, उसकी स्पेलिंग गलत है, या पाने वाले सर्वर ने उसे अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>Check the email address for typing mistakes.</source>
        <translation>ईमेल पते में टाइपिंग की गलती जाँचें।</translation>
    </message>
    <message>
        <source>The member&apos;s email address is not valid</source>
        <translation>सदस्य का ईमेल पता मान्य नहीं है</translation>
    </message>
    <message>
        <source>The provider says this is not a usable email address: usually a typing mistake (a missing @, a space, a dot in the wrong place).</source>
        <translation>प्रदाता के अनुसार यह इस्तेमाल करने लायक ईमेल पता नहीं है: आमतौर पर टाइपिंग की गलती होती है (@ छूटना, बीच में खाली जगह, गलत जगह पर बिंदु)।</translation>
    </message>
    <message>
        <source>Correct the member&apos;s email and send again.</source>
        <translation>सदस्य का ईमेल ठीक करें और फिर से भेजें।</translation>
    </message>
    <message>
        <source>The member&apos;s email address is not an email address</source>
        <translation>सदस्य का ईमेल पता, ईमेल पते जैसा ही नहीं है</translation>
    </message>
    <message>
        <source>It has no @, a space, a line break or other characters no address can have, so SMTP Desk did not give it to the provider.</source>
        <translation>उसमें @ नहीं है, या खाली जगह, नई पंक्ति या ऐसे दूसरे अक्षर हैं जो किसी पते में नहीं हो सकते, इसलिए SMTP Desk ने उसे प्रदाता को नहीं दिया।</translation>
    </message>
    <message>
        <source>The member&apos;s mailbox does not exist</source>
        <translation>सदस्य का मेलबॉक्स मौजूद नहीं है</translation>
    </message>
    <message>
        <source>No mailbox has this address, or it has been closed or disabled.</source>
        <translation>इस पते का कोई मेलबॉक्स नहीं है, या उसे बंद या निष्क्रिय कर दिया गया है।</translation>
    </message>
    <message>
        <source>Check the address with the member, correct it and send again.</source>
        <translation>सदस्य से पता पक्का करें, उसे ठीक करें और फिर से भेजें।</translation>
    </message>
    <message>
        <source>The member&apos;s mailbox is full</source>
        <translation>सदस्य का मेलबॉक्स भर गया है</translation>
    </message>
    <message>
        <source>The member&apos;s mailbox has no room left for new mail.</source>
        <translation>सदस्य के मेलबॉक्स में नए मेल के लिए जगह नहीं बची है।</translation>
    </message>
    <message>
        <source>Ask the member to make room in the mailbox, then press Retry failed.</source>
        <translation>सदस्य से मेलबॉक्स में जगह बनाने को कहें, फिर “विफल दोबारा भेजें” दबाएँ।</translation>
    </message>
    <message>
        <source>The provider cannot take this address</source>
        <translation>प्रदाता यह पता स्वीकार नहीं कर सकता</translation>
    </message>
    <message>
        <source>The address has letters outside plain English (for example josé@example.in), and the provider&apos;s server does not accept such addresses (it lacks SMTPUTF8).</source>
        <translation>पते में सामान्य अंग्रेज़ी के अलावा दूसरे अक्षर हैं (जैसे josé@example.in), और प्रदाता का सर्वर ऐसे पते स्वीकार नहीं करता (उसमें SMTPUTF8 नहीं है)।</translation>
    </message>
    <message>
        <source>Ask the member for another address, written in plain English letters.</source>
        <translation>सदस्य से सामान्य अंग्रेज़ी अक्षरों में लिखा दूसरा पता माँगें।</translation>
    </message>
    <message>
        <source>The member&apos;s document could not be made</source>
        <translation>सदस्य का दस्तावेज़ नहीं बन सका</translation>
    </message>
    <message>
        <source>Something in this member&apos;s details does not fit the document (for example a field too long for the page).</source>
        <translation>इस सदस्य के विवरण में कुछ ऐसा है जो दस्तावेज़ में नहीं समाता (जैसे पेज के लिए बहुत लंबा कोई फ़ील्ड)।</translation>
    </message>
    <message>
        <source>Fix the member&apos;s details and send again; the other members are sent as usual.</source>
        <translation>सदस्य का विवरण ठीक करें और फिर से भेजें; बाकी सदस्यों को हमेशा की तरह भेजा जाता है।</translation>
    </message>
    <message>
        <source>The member&apos;s PDF file is missing</source>
        <translation>सदस्य की PDF फ़ाइल नहीं मिल रही</translation>
    </message>
    <message>
        <source>The PDF imported for this member is no longer in SMTP Desk&apos;s data folder (it was moved or deleted).</source>
        <translation>इस सदस्य के लिए आयात की गई PDF अब SMTP Desk के डेटा फ़ोल्डर में नहीं है (उसे कहीं और ले जाया गया या हटा दिया गया)।</translation>
    </message>
    <message>
        <source>Import the PDF folder again (Members page), then send again.</source>
        <translation>PDF फ़ोल्डर फिर से आयात करें (“सदस्य” पेज), फिर दोबारा भेजें।</translation>
    </message>
    <message>
        <source>The member&apos;s document is no longer in the register</source>
        <translation>सदस्य का दस्तावेज़ अब रजिस्टर में नहीं है</translation>
    </message>
    <message>
        <source>The bills or receipts were imported again without this member&apos;s document after the run began.</source>
        <translation>भेजना शुरू होने के बाद बिल या रसीदें इस सदस्य के दस्तावेज़ के बिना फिर से आयात की गईं।</translation>
    </message>
    <message>
        <source>Import the document again if it should still be sent, then send again.</source>
        <translation>अगर दस्तावेज़ अब भी भेजना है, तो उसे फिर से आयात करें, फिर दोबारा भेजें।</translation>
    </message>
    <message>
        <source>No password is saved for this account</source>
        <translation>इस खाते के लिए कोई पासवर्ड सहेजा नहीं गया है</translation>
    </message>
    <message>
        <source>The password is not in the computer&apos;s password store: it was never saved, was removed, or the store is locked — or this computer has no password store, and a password is kept only until SMTP Desk closes.</source>
        <translation>पासवर्ड कंप्यूटर के पासवर्ड स्टोर में नहीं है: उसे कभी सहेजा ही नहीं गया, हटा दिया गया, या स्टोर लॉक है — या इस कंप्यूटर पर पासवर्ड स्टोर है ही नहीं, और पासवर्ड सिर्फ़ SMTP Desk बंद होने तक रखा जाता है।</translation>
    </message>
    <message>
        <source>Open Email Credentials, type the password, press Save, then Start again.</source>
        <translation>“ईमेल खाता विवरण” खोलें, पासवर्ड टाइप करें, “सहेजें” दबाएँ, फिर दोबारा “शुरू करें” दबाएँ।</translation>
    </message>
    <message>
        <source>The daily sending limit has been reached</source>
        <translation>भेजने की दैनिक सीमा पूरी हो गई है</translation>
    </message>
    <message>
        <source>The account has sent as many messages as the provider allows in 24 hours.</source>
        <translation>प्रदाता 24 घंटों में जितने संदेश भेजने देता है, इस खाते ने उतने भेज दिए हैं।</translation>
    </message>
    <message>
        <source>Stop for now and continue after the 24-hour window; for more, use a professional sending service.</source>
        <translation>अभी रुकें और 24 घंटे की अवधि पूरी होने के बाद आगे भेजें; इससे ज़्यादा ईमेल के लिए कोई पेशेवर ईमेल भेजने वाली सेवा इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The message is too large for the server</source>
        <translation>संदेश सर्वर के लिए बहुत बड़ा है</translation>
    </message>
    <message>
        <source>The attachment makes the email larger than the provider accepts.</source>
        <translation>संलग्नक की वजह से ईमेल उससे बड़ा हो गया है जितना प्रदाता स्वीकार करता है।</translation>
    </message>
    <message>
        <source>Make the PDF smaller (fewer pages or a smaller logo).</source>
        <translation>PDF छोटी करें (कम पेज या छोटा लोगो)।</translation>
    </message>
    <message>
        <source>The server asked to try again later</source>
        <translation>सर्वर ने बाद में फिर कोशिश करने को कहा</translation>
    </message>
    <message>
        <source>The provider is busy or is slowing down an account that sends a lot.</source>
        <translation>प्रदाता व्यस्त है, या बहुत ज़्यादा ईमेल भेजने वाले खाते की रफ़्तार धीमी कर रहा है।</translation>
    </message>
    <message>
        <source>Nothing to change: wait a few minutes and try again.</source>
        <translation>कुछ बदलने की ज़रूरत नहीं: कुछ मिनट रुकें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The server refused the message by policy</source>
        <translation>सर्वर ने अपने नियमों के कारण संदेश अस्वीकार कर दिया</translation>
    </message>
    <message>
        <source>The provider&apos;s rules blocked it: often the From domain&apos;s SPF/DKIM/DMARC records do not allow this server to send for it.</source>
        <translation>प्रदाता के नियमों ने इसे रोक दिया: अक्सर From पते के डोमेन के SPF/DKIM/DMARC रिकॉर्ड इस सर्वर को उस डोमेन की ओर से भेजने की अनुमति नहीं देते।</translation>
    </message>
    <message>
        <source>Send only as the signed-in account; the domain&apos;s administrator should check its SPF, DKIM and DMARC records.</source>
        <translation>सिर्फ़ साइन इन किए गए खाते के पते से ही भेजें; डोमेन के एडमिनिस्ट्रेटर को उसके SPF, DKIM और DMARC रिकॉर्ड जाँचने चाहिए।</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly</source>
        <translation>सर्वर ने अचानक कनेक्शन बंद कर दिया</translation>
    </message>
    <message>
        <source>The connection dropped, or the server closed it (a wrong port or security setting often looks like this).</source>
        <translation>कनेक्शन टूट गया, या सर्वर ने उसे बंद कर दिया (गलत पोर्ट या गलत सुरक्षा सेटिंग होने पर अक्सर ऐसा ही होता है)।</translation>
    </message>
    <message>
        <source>Test again; if it keeps happening, check the port and security setting.</source>
        <translation>फिर से जाँचें; अगर ऐसा बार-बार हो, तो पोर्ट और सुरक्षा सेटिंग जाँचें।</translation>
    </message>
    <message>
        <source>The test was cancelled</source>
        <translation>जाँच रद्द कर दी गई</translation>
    </message>
    <message>
        <source>It was stopped before it finished.</source>
        <translation>इसे पूरा होने से पहले ही रोक दिया गया।</translation>
    </message>
    <message>
        <source>Run the test again when ready.</source>
        <translation>तैयार होने पर जाँच फिर से चलाएँ।</translation>
    </message>
    <message>
        <source>The mail server reported a problem</source>
        <translation>मेल सर्वर ने एक समस्या बताई</translation>
    </message>
    <message>
        <source>The server gave an answer SMTP Desk does not recognise.</source>
        <translation>सर्वर ने ऐसा जवाब दिया जिसे SMTP Desk पहचान नहीं पाया।</translation>
    </message>
    <message>
        <source>Read the server&apos;s reply in the log; if it is unclear, send it to your provider.</source>
        <translation>लॉग में सर्वर का जवाब पढ़ें; अगर वह साफ़ समझ न आए, तो उसे अपने प्रदाता को भेजें।</translation>
    </message>
    <message>
        <source>Gmail accepts only an App Password from programs, not your normal Gmail password; or the App Password was revoked or mistyped.</source>
        <translation>Gmail प्रोग्रामों से सिर्फ़ App Password स्वीकार करता है, आपका सामान्य Gmail पासवर्ड नहीं; या App Password रद्द कर दिया गया है या गलत टाइप हुआ है।</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification, create an App Password (16 letters) at myaccount.google.com/apppasswords and paste it into the Password field.</source>
        <translation>2-Step Verification चालू करें, myaccount.google.com/apppasswords पर App Password (16 अक्षर) बनाएँ और उसे पासवर्ड फ़ील्ड में पेस्ट करें।</translation>
    </message>
    <message>
        <source>Gmail requires an App Password for programs (534 5.7.9).</source>
        <translation>प्रोग्रामों के लिए Gmail को App Password चाहिए (534 5.7.9)।</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification first, then create an App Password (16 letters, shown as four groups of four) at myaccount.google.com/apppasswords and paste it into the Password field.</source>
        <translation>पहले 2-Step Verification चालू करें, फिर myaccount.google.com/apppasswords पर App Password (16 अक्षर, चार-चार के चार समूहों में दिखते हैं) बनाएँ और उसे पासवर्ड फ़ील्ड में पेस्ट करें।</translation>
    </message>
    <message>
        <source>Create an app password in Yahoo Account Security and paste it into the Password field; the normal Yahoo password is refused.</source>
        <translation>“Yahoo Account Security” में app password बनाएँ और उसे पासवर्ड फ़ील्ड में पेस्ट करें; सामान्य Yahoo पासवर्ड अस्वीकार कर दिया जाता है।</translation>
    </message>
    <message>
        <source>If two-factor sign-in is on, create an application-specific password in Zoho Accounts &gt; Security and use it here.</source>
        <translation>अगर दो-चरण साइन इन (two-factor) चालू है, तो Zoho Accounts &gt; Security में application-specific password बनाएँ और उसे यहाँ इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The user ID must be the word &apos;apikey&apos; and the password an API key with Mail Send permission.</source>
        <translation>&apos;apikey&apos; शब्द को ही User ID के रूप में, और Mail Send अनुमति वाली API key को पासवर्ड के रूप में इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Use the SES SMTP credentials created for this region (not the AWS access key or secret key).</source>
        <translation>इस रीजन (region) के लिए बनाए गए SES SMTP credentials इस्तेमाल करें (AWS access key या secret key नहीं)।</translation>
    </message>
    <message>
        <source>Microsoft no longer accepts a password from programs for this mailbox (password sign-in for SMTP is off by default from the end of December 2026, and off already in new organisations and under Security Defaults).</source>
        <translation>Microsoft अब इस मेलबॉक्स के लिए प्रोग्रामों से पासवर्ड स्वीकार नहीं करता (दिसंबर 2026 के अंत से SMTP के लिए पासवर्ड से साइन इन डिफ़ॉल्ट रूप से बंद रहेगा, और नई संस्थाओं में तथा Security Defaults में यह पहले से बंद है)।</translation>
    </message>
    <message>
        <source>Switch to Sign in with Microsoft in Email Credentials (the IT person sets up the app registration once), or ask the IT administrator to allow password sign-in (SMTP AUTH) again for now.</source>
        <translation>“ईमेल खाता विवरण” में Microsoft से साइन इन चुनें (IT व्यक्ति app registration एक बार बना देता है), या IT एडमिनिस्ट्रेटर से अभी के लिए पासवर्ड से साइन इन (SMTP AUTH) फिर से चालू करने को कहें।</translation>
    </message>
    <message>
        <source>The server accepts only Sign in with Microsoft, not a password (Outlook.com has worked this way since September 2024; Microsoft 365 when password sign-in is off).</source>
        <translation>सर्वर सिर्फ़ Microsoft से साइन इन स्वीकार करता है, पासवर्ड नहीं (Outlook.com सितंबर 2024 से ऐसे ही चलता है; Microsoft 365 तब, जब पासवर्ड से साइन इन बंद हो)।</translation>
    </message>
    <message>
        <source>Choose Sign in with Microsoft in Email Credentials and sign in.</source>
        <translation>“ईमेल खाता विवरण” में Microsoft से साइन इन चुनें और साइन इन करें।</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses a From address other than the mailbox without &apos;Send As&apos; permission (SendAsDenied).</source>
        <translation>&apos;Send As&apos; अनुमति के बिना Microsoft 365 मेलबॉक्स से अलग From पता अस्वीकार करता है (SendAsDenied)।</translation>
    </message>
    <message>
        <source>Set From email to the mailbox you sign in with, or ask the administrator to grant &apos;Send As&apos; for the From address.</source>
        <translation>जिस मेलबॉक्स से साइन इन करते हैं, वही From ईमेल में रखें, या एडमिनिस्ट्रेटर से From पते के लिए &apos;Send As&apos; अनुमति देने को कहें।</translation>
    </message>
    <message>
        <source>Gmail&apos;s daily limit is reached (about 500 emails a day for a free account, 2,000 for Google Workspace), counted over a rolling 24 hours.</source>
        <translation>Gmail की दैनिक सीमा पूरी हो गई है (मुफ़्त खाते के लिए दिन में लगभग 500 ईमेल, Google Workspace के लिए 2,000); यह गिनती पिछले लगातार 24 घंटों की होती है।</translation>
    </message>
</context>
<context>
    <name>advice_signin</name>
    <message>
        <source>Sign in again</source>
        <translation>फिर से साइन इन करें</translation>
    </message>
    <message>
        <source>SMTP Desk is not signed in to this mailbox: it was never signed in or was signed out, or the sign-in expired or was withdrawn (a changed password, 90 days without sending, or the IT person revoked it).</source>
        <translation>SMTP Desk इस मेलबॉक्स में साइन इन नहीं है: कभी साइन इन नहीं किया गया या साइन आउट हो गया, या साइन-इन की अवधि समाप्त हो गई या उसे वापस ले लिया गया (पासवर्ड बदला गया, 90 दिन तक कुछ नहीं भेजा गया, या IT सहायक ने उसे रद्द किया)।</translation>
    </message>
    <message>
        <source>Click Sign in in Email Credentials (on the command line: smtp-desk signin), then try again. Nothing was sent; the members not sent yet are still waiting.</source>
        <translation>ईमेल खाता विवरण में साइन इन पर क्लिक करें (कमांड लाइन पर: smtp-desk signin), फिर दोबारा कोशिश करें। कुछ भी नहीं भेजा गया; जिन सदस्यों को अभी तक नहीं भेजा गया वे प्रतीक्षा में हैं।</translation>
    </message>
    <message>
        <source>The app registration is missing or not set up for SMTP Desk</source>
        <translation>ऐप पंजीकरण नहीं है या SMTP Desk के लिए सेट नहीं है</translation>
    </message>
    <message>
        <source>Signing in needs the society&apos;s app registration (a client ID), and it is missing, was not found in the organisation, or does not allow public-client sign-in.</source>
        <translation>साइन इन के लिए सोसायटी का ऐप पंजीकरण (client ID) चाहिए; वह नहीं है, संगठन में नहीं मिला, या उसमें public-client साइन-इन की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>Ask the society&apos;s IT person to follow the steps in Email Credentials (Set up the app registration): copy the Application (client) ID into Email Credentials, and set &apos;Allow public client flows&apos; to Yes.</source>
        <translation>सोसायटी के IT सहायक से ईमेल खाता विवरण में दिए चरण (ऐप पंजीकरण सेट करना) अपनाने को कहें: Application (client) ID ईमेल खाता विवरण में कॉपी करें, और &apos;Allow public client flows&apos; को Yes करें।</translation>
    </message>
    <message>
        <source>An administrator must approve SMTP Desk first</source>
        <translation>पहले किसी प्रशासक को SMTP Desk को मंज़ूरी देनी होगी</translation>
    </message>
    <message>
        <source>The organisation requires an administrator&apos;s consent before an app may send mail for a mailbox.</source>
        <translation>किसी ऐप के मेलबॉक्स की ओर से मेल भेजने से पहले संगठन को प्रशासक की सहमति चाहिए।</translation>
    </message>
    <message>
        <source>Ask the IT administrator to grant admin consent for the app&apos;s SMTP.Send permission (Entra admin centre &gt; App registrations &gt; API permissions &gt; Grant admin consent), then sign in again.</source>
        <translation>IT प्रशासक से ऐप की SMTP.Send अनुमति के लिए admin consent देने को कहें (Entra admin centre &gt; App registrations &gt; API permissions &gt; Grant admin consent), फिर दोबारा साइन इन करें।</translation>
    </message>
    <message>
        <source>A different account was used to sign in</source>
        <translation>साइन इन के लिए कोई दूसरा खाता इस्तेमाल हुआ</translation>
    </message>
    <message>
        <source>The account used does not belong to this organisation (or is a personal account on a work sign-in), or it is not the mailbox in the User ID.</source>
        <translation>इस्तेमाल किया गया खाता इस संगठन का नहीं है (या काम वाले साइन-इन पर निजी खाता है), या वह User ID वाला मेलबॉक्स नहीं है।</translation>
    </message>
    <message>
        <source>Sign in again with the society&apos;s mailbox shown in User ID; for an Outlook.com address set the tenant to &apos;consumers&apos;.</source>
        <translation>User ID में दिखाए गए सोसायटी के मेलबॉक्स से दोबारा साइन इन करें; Outlook.com पते के लिए टेनेंट &apos;consumers&apos; रखें।</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>साइन-इन पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>It was declined or cancelled in the browser, or the code was not entered in time.</source>
        <translation>ब्राउज़र में इसे अस्वीकार या रद्द किया गया, या कोड समय पर नहीं डाला गया।</translation>
    </message>
    <message>
        <source>Click Sign in again and complete it in the browser within 15 minutes.</source>
        <translation>फिर से साइन इन पर क्लिक करें और 15 मिनट के भीतर ब्राउज़र में इसे पूरा करें।</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached</source>
        <translation>साइन-इन सेवा तक पहुँच नहीं हो सकी</translation>
    </message>
    <message>
        <source>This computer cannot reach the Microsoft or Google sign-in service: no internet, or a firewall or proxy blocks it.</source>
        <translation>यह कंप्यूटर Microsoft या Google साइन-इन सेवा तक नहीं पहुँच पा रहा: इंटरनेट नहीं है, या फ़ायरवॉल या प्रॉक्सी रोक रहा है।</translation>
    </message>
    <message>
        <source>Check that websites open on this computer; ask whoever manages the network to allow login.microsoftonline.com (or accounts.google.com), then try again.</source>
        <translation>जाँचें कि इस कंप्यूटर पर वेबसाइटें खुलती हैं; नेटवर्क सँभालने वाले व्यक्ति से login.microsoftonline.com (या accounts.google.com) को अनुमति देने को कहें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>The sign-in service is having trouble</source>
        <translation>साइन-इन सेवा में दिक्कत है</translation>
    </message>
    <message>
        <source>The Microsoft or Google sign-in service answered, but with an error of its own (it is busy or down for a while); nothing is wrong on this computer.</source>
        <translation>Microsoft या Google साइन-इन सेवा ने जवाब दिया, पर अपनी ही त्रुटि के साथ (वह व्यस्त है या कुछ देर के लिए बंद है); इस कंप्यूटर में कोई गड़बड़ी नहीं है।</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it lasts for hours, check the provider&apos;s service status page.</source>
        <translation>कुछ मिनट बाद दोबारा कोशिश करें। घंटों तक ऐसा ही रहे तो प्रदाता का सेवा-स्थिति पेज देखें।</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>इस कंप्यूटर की घड़ी गलत है</translation>
    </message>
    <message>
        <source>The date or time on this computer differs from the sign-in service&apos;s by several minutes, so its sign-in tokens are refused.</source>
        <translation>इस कंप्यूटर की तारीख या समय साइन-इन सेवा के समय से कई मिनट अलग है, इसलिए इसके साइन-इन टोकन अस्वीकार हो जाते हैं।</translation>
    </message>
    <message>
        <source>Set the date, time and time zone correctly (Windows: Settings &gt; Time &amp; language &gt; Set time automatically), then try again.</source>
        <translation>तारीख, समय और टाइम ज़ोन सही करें (Windows: Settings &gt; Time &amp; language &gt; Set time automatically), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in token</source>
        <translation>मेल सर्वर ने साइन-इन टोकन अस्वीकार कर दिया</translation>
    </message>
    <message>
        <source>The token was not accepted for this mailbox: it was issued for another account, or the permission to send mail (SMTP.Send) was removed.</source>
        <translation>इस मेलबॉक्स के लिए टोकन स्वीकार नहीं हुआ: वह किसी दूसरे खाते के लिए जारी हुआ था, या मेल भेजने की अनुमति (SMTP.Send) हटा दी गई।</translation>
    </message>
    <message>
        <source>Sign in again with the society&apos;s mailbox; if it is refused again, ask the IT person to check the app&apos;s SMTP.Send permission.</source>
        <translation>सोसायटी के मेलबॉक्स से दोबारा साइन इन करें; फिर भी अस्वीकार हो तो IT सहायक से ऐप की SMTP.Send अनुमति जाँचने को कहें।</translation>
    </message>
    <message>
        <source>Authenticated SMTP is switched off for this mailbox</source>
        <translation>इस मेलबॉक्स के लिए Authenticated SMTP बंद है</translation>
    </message>
    <message>
        <source>Even with Sign in with Microsoft, the mailbox must allow programs to send (Authenticated SMTP), and it is switched off for this mailbox or the whole organisation.</source>
        <translation>Microsoft से साइन इन होने पर भी मेलबॉक्स को प्रोग्रामों को भेजने की अनुमति देनी होती है (Authenticated SMTP), और यह इस मेलबॉक्स या पूरे संगठन के लिए बंद है।</translation>
    </message>
    <message>
        <source>Ask the IT administrator to turn on &apos;Authenticated SMTP&apos; for this mailbox (Microsoft 365 admin centre &gt; Users &gt; Mail &gt; Manage email apps, or Set-CASMailbox -SmtpClientAuthenticationDisabled $false).</source>
        <translation>IT प्रशासक से इस मेलबॉक्स के लिए &apos;Authenticated SMTP&apos; चालू करने को कहें (Microsoft 365 admin centre &gt; Users &gt; Mail &gt; Manage email apps, या Set-CASMailbox -SmtpClientAuthenticationDisabled $false)।</translation>
    </message>
    <message>
        <source>This computer cannot reach the Microsoft sign-in service: no internet, or a firewall or proxy blocks it.</source>
        <translation>यह कंप्यूटर Microsoft साइन-इन सेवा तक नहीं पहुँच पा रहा: इंटरनेट नहीं है, या फ़ायरवॉल या प्रॉक्सी रोक रहा है।</translation>
    </message>
    <message>
        <source>Check that websites open on this computer; ask whoever manages the network to allow login.microsoftonline.com, then try again.</source>
        <translation>जाँचें कि इस कंप्यूटर पर वेबसाइटें खुलती हैं; नेटवर्क सँभालने वाले व्यक्ति से login.microsoftonline.com को अनुमति देने को कहें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>This computer cannot reach the Google sign-in service: no internet, or a firewall or proxy blocks it.</source>
        <translation>यह कंप्यूटर Google साइन-इन सेवा तक नहीं पहुँच पा रहा: इंटरनेट नहीं है, या फ़ायरवॉल या प्रॉक्सी रोक रहा है।</translation>
    </message>
    <message>
        <source>Check that websites open on this computer; ask whoever manages the network to allow accounts.google.com and oauth2.googleapis.com, then try again.</source>
        <translation>जाँचें कि इस कंप्यूटर पर वेबसाइटें खुलती हैं; नेटवर्क सँभालने वाले व्यक्ति से accounts.google.com और oauth2.googleapis.com को अनुमति देने को कहें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service answered, but with an error of its own (it is busy or down for a while); nothing is wrong on this computer.</source>
        <translation>Microsoft साइन-इन सेवा ने जवाब दिया, पर अपनी ही त्रुटि के साथ (वह व्यस्त है या कुछ देर के लिए बंद है); इस कंप्यूटर में कोई गड़बड़ी नहीं है।</translation>
    </message>
    <message>
        <source>The Google sign-in service answered, but with an error of its own (it is busy or down for a while); nothing is wrong on this computer.</source>
        <translation>Google साइन-इन सेवा ने जवाब दिया, पर अपनी ही त्रुटि के साथ (वह व्यस्त है या कुछ देर के लिए बंद है); इस कंप्यूटर में कोई गड़बड़ी नहीं है।</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>SMTP Desk is already open for this society ({folder}): use that window (it may be minimised on the taskbar).</source>
        <translation>इस सोसायटी के लिए SMTP Desk पहले से खुला है ({folder}): वही विंडो इस्तेमाल करें (वह टास्कबार पर छोटी की हुई हो सकती है)।</translation>
    </message>
</context>
<context>
    <name>backup_copies</name>
    <message>
        <source>before an import</source>
        <translation>आयात से पहले</translation>
    </message>
    <message>
        <source>before sending</source>
        <translation>भेजने से पहले</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>बैकअप वापस लाने से पहले</translation>
    </message>
    <message>
        <source>the backup of {when} ({why})</source>
        <translation>{when} का बैकअप ({why})</translation>
    </message>
    <message>
        <source>The backups in {folder} cannot be listed ({error}).</source>
        <translation>{folder} के बैकअप की सूची नहीं बन सकी ({error})।</translation>
    </message>
    <message>
        <source>There is no backup called {name} in {folder}; &apos;smtp-desk backups&apos; lists them.</source>
        <translation>{folder} में {name} नाम का कोई बैकअप नहीं है; &apos;smtp-desk backups&apos; सभी बैकअप की सूची दिखाता है।</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made ({error}).</source>
        <translation>{folder} फ़ोल्डर नहीं बनाया जा सका ({error})।</translation>
    </message>
    <message>
        <source>The free space in {folder} cannot be told ({error}).</source>
        <translation>{folder} में कितनी खाली जगह है, यह पता नहीं चल सका ({error})।</translation>
    </message>
    <message>
        <source>There is not enough free space on the drive of {folder} for a copy ({free} free; the copy needs {needed} and leaves room for the work that follows). Free some space.</source>
        <translation>{folder} की ड्राइव पर कॉपी के लिए पर्याप्त खाली जगह नहीं है ({free} खाली; कॉपी को {needed} चाहिए और आगे के काम के लिए भी जगह छोड़नी होती है)। कुछ जगह खाली करें।</translation>
    </message>
    <message>
        <source>The drive of {folder} filled up while the copy was made (the half-made copy was removed). Free some space.</source>
        <translation>कॉपी बनते समय {folder} की ड्राइव भर गई (अधूरी कॉपी हटा दी गई)। कुछ जगह खाली करें।</translation>
    </message>
    <message>
        <source>The register is damaged ({error}), so no copy was made of it; the earlier backups are kept as they are.</source>
        <translation>रजिस्टर खराब हो गया है ({error}), इसलिए उसकी कॉपी नहीं बनाई गई; पहले के बैकअप जैसे थे वैसे ही रखे गए हैं।</translation>
    </message>
    <message>
        <source>The copy could not be written in {folder} ({error}).</source>
        <translation>{folder} में कॉपी नहीं लिखी जा सकी ({error})।</translation>
    </message>
</context>
<context>
    <name>backup_restore</name>
    <message>
        <source>The register is back as it was on {when} ({why}).</source>
        <translation>रजिस्टर फिर से वैसा हो गया है जैसा {when} को ({why}) था।</translation>
    </message>
    <message>
        <source>The register as it was is kept as {name}.</source>
        <translation>पहले वाला रजिस्टर {name} के रूप में रखा गया है।</translation>
    </message>
    <message>
        <source>The register as it is could not be kept as a backup first, so nothing was restored: {error}</source>
        <translation>मौजूदा रजिस्टर का पहले बैकअप नहीं रखा जा सका, इसलिए कुछ भी वापस नहीं लाया गया: {error}</translation>
    </message>
    <message>
        <source>{reason} So {backup} was not restored; the register is as it was (it is kept as {name} too).</source>
        <translation>{reason} इसलिए {backup} वापस नहीं लाया गया; रजिस्टर जैसा था वैसा ही है (यह {name} के रूप में भी रखा गया है)।</translation>
    </message>
    <message>
        <source>{reason} So {backup} was not restored; the register is as it was.</source>
        <translation>{reason} इसलिए {backup} वापस नहीं लाया गया; रजिस्टर जैसा था वैसा ही है।</translation>
    </message>
    <message>
        <source>A backup cannot be restored while a run is sending from this data folder ({holder}). Wait for it to finish, or pause it, then try again; nothing was changed.</source>
        <translation>इस डेटा फ़ोल्डर से भेजना चल रहा हो, तब बैकअप वापस नहीं लाया जा सकता ({holder})। उसके पूरा होने तक रुकें, या उसे रोकें, फिर दोबारा कोशिश करें; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>A backup cannot be restored while a run is sending from this data folder. Wait for it to finish, or pause it, then try again; nothing was changed.</source>
        <translation>इस डेटा फ़ोल्डर से भेजना चल रहा हो, तब बैकअप वापस नहीं लाया जा सकता। उसके पूरा होने तक रुकें, या उसे रोकें, फिर दोबारा कोशिश करें; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>{reason} So {backup} was not restored.</source>
        <translation>{reason} इसलिए {backup} वापस नहीं लाया गया।</translation>
    </message>
    <message>
        <source>{where} could not be written ({error}).</source>
        <translation>{where} में लिखा नहीं जा सका ({error})।</translation>
    </message>
    <message>
        <source>{backup} ({name}) is damaged or unreadable ({error}), so it was not restored; choose another one.</source>
        <translation>{backup} ({name}) खराब है या पढ़ा नहीं जा सकता ({error}), इसलिए उसे वापस नहीं लाया गया; कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <source>{backup} ({name}) is not a register this SMTP Desk can use (schema {version}); choose another one.</source>
        <translation>{backup} ({name}) ऐसा रजिस्टर नहीं है जिसे SMTP Desk का यह संस्करण इस्तेमाल कर सके (schema {version}); कोई दूसरा चुनें।</translation>
    </message>
</context>
<context>
    <name>batch</name>
    <message>
        <source>bills</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>रसीदें</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>no email account is saved yet: set up Email Credentials first.</source>
        <translation>अभी कोई ईमेल खाता सहेजा नहीं गया है: पहले ईमेल खाता विवरण भरें।</translation>
    </message>
    <message>
        <source>the saved email settings cannot be used: {problems}</source>
        <translation>सहेजी गई ईमेल सेटिंग्स इस्तेमाल नहीं हो सकतीं: {problems}</translation>
    </message>
    <message>
        <source>save a complete Society Profile first; it heads every PDF.</source>
        <translation>पहले पूरी सोसायटी प्रोफ़ाइल सहेजें; यह हर PDF के ऊपर छपती है।</translation>
    </message>
    <message>
        <source>the message wording for {kinds} has a mistake ({problem}); correct it in Message Wording first.</source>
        <translation>{kinds} की संदेश की इबारत में गलती है ({problem}); पहले संदेश की इबारत में इसे ठीक करें।</translation>
    </message>
    <message>
        <source>{kinds} are sent one month at a time</source>
        <translation>{kinds} एक बार में एक ही महीने के लिए भेजे जाते हैं</translation>
    </message>
    <message>
        <source>there is nothing to send: no {kinds} for {period} in the register (import them first in Members &amp; Documents).</source>
        <translation>भेजने के लिए कुछ नहीं है: रजिस्टर में {period} के {kinds} नहीं हैं (पहले सदस्य और दस्तावेज़ में आयात करें)।</translation>
    </message>
</context>
<context>
    <name>bounce_check</name>
    <message>
        <source>Nothing was sent in the last {days} days: no bounces to read.</source>
        <translation>पिछले {days} दिनों में कुछ नहीं भेजा गया: वापस आए मेल पढ़ने के लिए कुछ नहीं है।</translation>
    </message>
</context>
<context>
    <name>bounce_notice</name>
    <message>
        <source>mailbox does not exist</source>
        <translation>मेलबॉक्स मौजूद नहीं है</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <translation>मेलबॉक्स भरा हुआ है</translation>
    </message>
    <message>
        <source>rejected as spam</source>
        <translation>स्पैम मानकर अस्वीकार</translation>
    </message>
    <message>
        <source>no such email domain</source>
        <translation>ऐसा कोई ईमेल डोमेन नहीं है</translation>
    </message>
    <message>
        <source>message too large</source>
        <translation>संदेश बहुत बड़ा है</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>पहुँचने में देरी</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>नहीं पहुँचा</translation>
    </message>
    <message>
        <source>Correct on &amp;Members</source>
        <translation>सदस्य पेज पर ठीक करें (&amp;M)</translation>
    </message>
    <message>
        <source>Members &amp; Documents, showing the addresses refused</source>
        <translation>“सदस्य और दस्तावेज़” पेज, जिसमें अस्वीकार हुए पते दिखेंगे</translation>
    </message>
    <message>
        <source>See in H&amp;istory</source>
        <translation>इतिहास में देखें (&amp;I)</translation>
    </message>
    <message>
        <source>The register, with what the member&apos;s server said</source>
        <translation>रजिस्टर, जिसमें सदस्य के सर्वर का उत्तर भी है</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>बंद करें (&amp;D)</translation>
    </message>
    <message>
        <source>{flat} ({why})</source>
        <translation>{flat} ({why})</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} और</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} bill(s) came back undelivered:&lt;/b&gt; {flats}. Before next month, correct a wrong address on the Members page; a full mailbox is the member&apos;s to empty.</source>
        <translation>&lt;b&gt;{count} बिल बिना पहुँचे वापस आए:&lt;/b&gt; {flats}। अगले महीने से पहले गलत पता “सदस्य और दस्तावेज़” पेज पर ठीक करें; भरा हुआ मेलबॉक्स सदस्य को खाली करना है।</translation>
    </message>
</context>
<context>
    <name>bounce_watch</name>
    <message>
        <source>Bounces could not be read: {problem}. Nothing was changed.</source>
        <translation>वापस आए मेल पढ़े नहीं जा सके: {problem}। कुछ भी बदला नहीं गया।</translation>
    </message>
    <message>
        <source>Bounces read since {since}: {count} bill(s) newly came back.</source>
        <translation>{since} से वापस आए मेल पढ़े गए: {count} नए बिल बिना पहुँचे वापस आए।</translation>
    </message>
    <message>
        <source>No new bounces since {since}; {count} bill(s) delayed, the mail server still trying.</source>
        <translation>{since} से कोई नया मेल वापस नहीं आया; {count} बिल अभी पहुँचे नहीं हैं, मेल सर्वर अब भी कोशिश कर रहा है।</translation>
    </message>
    <message>
        <source>No new bounces since {since}.</source>
        <translation>{since} से कोई नया मेल वापस नहीं आया।</translation>
    </message>
</context>
<context>
    <name>bounces</name>
    <message>
        <source>{address}: {reason} (the server said: {reply})</source>
        <translation>{address}: {reason} (सर्वर का उत्तर: {reply})</translation>
    </message>
    <message>
        <source>{flat} {address}: {reason}</source>
        <translation>{flat} {address}: {reason}</translation>
    </message>
    <message>
        <source>No bill came back undelivered since {since} ({count} messages read).</source>
        <translation>{since} से कोई बिल बिना पहुँचे वापस नहीं आया ({count} संदेश पढ़े गए)।</translation>
    </message>
    <message>
        <source>{bounced} came back undelivered since {since} ({new} newly recorded); {delayed} delayed.</source>
        <translation>{since} से {bounced} बिना पहुँचे वापस आए ({new} नए दर्ज किए गए); {delayed} में देरी।</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Open Members &amp; Documents</source>
        <translation>सदस्य और दस्तावेज़ खोलें</translation>
    </message>
    <message>
        <source>Open Send</source>
        <translation>भेजें पेज खोलें</translation>
    </message>
    <message>
        <source>The register cannot be read: {problem}</source>
        <translation>रजिस्टर पढ़ा नहीं जा सका: {problem}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Open Email Credentials</source>
        <translation>ईमेल खाता विवरण खोलें</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Not set up yet.</source>
        <translation>अभी सेट नहीं किया गया।</translation>
    </message>
    <message>
        <source>Set up email</source>
        <translation>ईमेल सेट करें</translation>
    </message>
    <message>
        <source>The saved settings need correcting.</source>
        <translation>सहेजी गई सेटिंग्स ठीक करनी होंगी।</translation>
    </message>
    <message>
        <source>Saved for {email}; not tested yet.</source>
        <translation>{email} के लिए सहेजा गया; अभी जाँचा नहीं गया।</translation>
    </message>
    <message>
        <source>Test in Email Credentials</source>
        <translation>ईमेल खाता विवरण में जाँचें</translation>
    </message>
    <message>
        <source>Tested on {day} ({email}).</source>
        <translation>{day} को जाँचा गया ({email})।</translation>
    </message>
    <message>
        <source>Open Society Profile</source>
        <translation>सोसायटी प्रोफ़ाइल खोलें</translation>
    </message>
    <message>
        <source>Society Profile</source>
        <translation>सोसायटी प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Missing.</source>
        <translation>भरा नहीं गया।</translation>
    </message>
    <message>
        <source>Incomplete: {problem}</source>
        <translation>अधूरा: {problem}</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>पूरा।</translation>
    </message>
    <message>
        <source>None imported yet.</source>
        <translation>अभी कुछ भी आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>{count} members, {without} without an email address (printed copy).</source>
        <translation>{count} सदस्य, इनमें से {without} का ईमेल पता नहीं है (छपी हुई प्रति)।</translation>
    </message>
    <message>
        <source>{count} members.</source>
        <translation>{count} सदस्य।</translation>
    </message>
    <message>
        <source>Bills for {month}</source>
        <translation>{month} के बिल</translation>
    </message>
    <message>
        <source>{count} of {members} imported.</source>
        <translation>{members} में से {count} आयात किए गए।</translation>
    </message>
    <message>
        <source>{count} imported.</source>
        <translation>{count} आयात किए गए।</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>Import the bills first.</source>
        <translation>पहले बिल आयात करें।</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>अभी भेजा नहीं गया।</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} प्रतीक्षा में</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} विफल</translation>
    </message>
    <message>
        <source>{count} to check</source>
        <translation>{count} जाँचने हैं</translation>
    </message>
    <message>
        <source>{count} sent</source>
        <translation>{count} भेजे गए</translation>
    </message>
    <message>
        <source>Prepared; nothing sent yet.</source>
        <translation>तैयार; अभी कुछ भी नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Sent on {day} to {count} members.</source>
        <translation>{day} को {count} सदस्यों को भेजा गया।</translation>
    </message>
    <message>
        <source>Sent to {count} members.</source>
        <translation>{count} सदस्यों को भेजा गया।</translation>
    </message>
    <message>
        <source>{count} bill(s) came back undelivered ({flats}): see the Members page.</source>
        <translation>{count} बिल बिना पहुँचे वापस आए ({flats}): “सदस्य और दस्तावेज़” पेज देखें।</translation>
    </message>
</context>
<context>
    <name>clock_watch</name>
    <message>
        <source>The PC&apos;s clock moved forward by {span} during the run</source>
        <translation>भेजने के दौरान PC की घड़ी {span} आगे चली गई</translation>
    </message>
    <message>
        <source>The PC&apos;s clock moved back by {span} during the run</source>
        <translation>भेजने के दौरान PC की घड़ी {span} पीछे चली गई</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} मिनट</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} दिन</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} घंटे {minutes} मिनट</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} घंटे</translation>
    </message>
</context>
<context>
    <name>connection_test</name>
    <message>
        <source>{security} on port {port}</source>
        <translation>पोर्ट {port} पर {security}</translation>
    </message>
    <message>
        <source>{address} accepted</source>
        <translation>{address} स्वीकार किया गया</translation>
    </message>
    <message>
        <source>sent to {address}</source>
        <translation>{address} पर भेजा गया</translation>
    </message>
    <message>
        <source>This server speaks {suggestion}, not {security} on port {port}. Use those settings and test again.</source>
        <translation>यह सर्वर {suggestion} इस्तेमाल करता है, पोर्ट {port} पर {security} नहीं। वे सेटिंग्स इस्तेमाल करें और फिर से जाँचें।</translation>
    </message>
</context>
<context>
    <name>connection_test_panel</name>
    <message>
        <source>Test</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>कनेक्शन जाँचें (&amp;C)</translation>
    </message>
    <message>
        <source>Sen&amp;d test statement to</source>
        <translation>नमूना विवरण यहाँ भेजें (&amp;D)</translation>
    </message>
    <message>
        <source>Send test statement to</source>
        <translation>नमूना विवरण इस पते पर भेजें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Show SMTP conversation in the log</source>
        <translation>SMTP बातचीत लॉग में दिखाएँ</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>जाँच के चरण</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>ये सेटिंग्स इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>ये सेटिंग्स सहेजें</translation>
    </message>
    <message>
        <source>your own address</source>
        <translation>आपका अपना पता</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot test yet:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;अभी जाँच नहीं हो सकती:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Everything works.&lt;/b&gt; The server accepted the sign-in, and the test statement was sent.</source>
        <translation>✓ &lt;b&gt;सब कुछ ठीक काम कर रहा है।&lt;/b&gt; सर्वर ने साइन इन स्वीकार किया और नमूना विवरण भेजा गया।</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Everything works.&lt;/b&gt; The server accepted the sign-in, the sender and the recipient.</source>
        <translation>✓ &lt;b&gt;सब कुछ ठीक काम कर रहा है।&lt;/b&gt; सर्वर ने साइन इन, प्रेषक और प्राप्तकर्ता स्वीकार किए।</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Sending works.&lt;/b&gt; The server accepted the sign-in, and the test statement was sent. But the mailbox cannot be read:</source>
        <translation>✓ &lt;b&gt;भेजना ठीक काम कर रहा है।&lt;/b&gt; सर्वर ने साइन इन स्वीकार किया और नमूना विवरण भेजा गया। लेकिन मेलबॉक्स पढ़ा नहीं जा सकता:</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Sending works.&lt;/b&gt; The server accepted the sign-in, the sender and the recipient. But the mailbox cannot be read:</source>
        <translation>✓ &lt;b&gt;भेजना ठीक काम कर रहा है।&lt;/b&gt; सर्वर ने साइन इन, प्रेषक और प्राप्तकर्ता स्वीकार किए। लेकिन मेलबॉक्स पढ़ा नहीं जा सकता:</translation>
    </message>
    <message>
        <source>Help on this problem</source>
        <translation>इस समस्या पर सहायता</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;{title}.&lt;/b&gt;&lt;br&gt;{cause}&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {action}</source>
        <translation>✗ &lt;b&gt;{title}।&lt;/b&gt;&lt;br&gt;{cause}&lt;br&gt;&lt;b&gt;क्या करें:&lt;/b&gt; {action}</translation>
    </message>
</context>
<context>
    <name>credentials_detect</name>
    <message>
        <source>Type the society&apos;s email address: SMTP Desk finds the server settings from it.</source>
        <translation>सोसायटी का ईमेल पता टाइप करें: उससे SMTP Desk सर्वर की सेटिंग्स ढूँढ लेगा।</translation>
    </message>
    <message>
        <source>the settings for {domain} could not be looked up</source>
        <translation>{domain} की सेटिंग्स नहीं ढूँढी जा सकीं</translation>
    </message>
    <message>
        <source>Use these</source>
        <translation>इन्हें अपनाएँ</translation>
    </message>
    <message>
        <source>Fill in the settings found for this address</source>
        <translation>इस पते के लिए मिली सेटिंग्स भरें</translation>
    </message>
    <message>
        <source>Looking up the mail settings for {domain}…</source>
        <translation>{domain} की ईमेल सेटिंग्स ढूँढी जा रही हैं…</translation>
    </message>
</context>
<context>
    <name>credentials_form</name>
    <message>
        <source>Sh&amp;ow</source>
        <translation>दिखाएँ (&amp;O)</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>पासवर्ड दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Sec&amp;urity</source>
        <translation>सुरक्षा (&amp;U)</translation>
    </message>
    <message>
        <source>a day,</source>
        <translation>प्रतिदिन,</translation>
    </message>
    <message>
        <source>a minute (empty: the provider&apos;s; 0: none)</source>
        <translation>प्रति मिनट (खाली: प्रदाता की; 0: कोई सीमा नहीं)</translation>
    </message>
    <message>
        <source>User &amp;ID</source>
        <translation>User ID (&amp;I)</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>पासवर्ड (&amp;W)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Si&amp;gn in with</source>
        <translation>साइन इन का तरीका (&amp;G)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>साइन इन का तरीका</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>प्रदाता (&amp;P)</translation>
    </message>
    <message>
        <source>Mail provider</source>
        <translation>ईमेल प्रदाता</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>क्षेत्र (&amp;G)</translation>
    </message>
    <message>
        <source>Amazon SES region</source>
        <translation>Amazon SES क्षेत्र</translation>
    </message>
    <message>
        <source>SMTP hos&amp;t</source>
        <translation>SMTP होस्ट (&amp;T)</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>SMTP होस्ट</translation>
    </message>
    <message>
        <source>Po&amp;rt</source>
        <translation>पोर्ट (&amp;R)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>From em&amp;ail</source>
        <translation>From ईमेल (&amp;A)</translation>
    </message>
    <message>
        <source>From email</source>
        <translation>From ईमेल</translation>
    </message>
    <message>
        <source>From na&amp;me</source>
        <translation>From नाम (&amp;M)</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>From नाम</translation>
    </message>
    <message>
        <source>Repl&amp;y-To</source>
        <translation>Reply-To (&amp;Y)</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Reply-To</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>सीमाएँ (&amp;L)</translation>
    </message>
    <message>
        <source>Messages a day</source>
        <translation>प्रतिदिन संदेश</translation>
    </message>
    <message>
        <source>Messages a minute</source>
        <translation>प्रति मिनट संदेश</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>पासवर्ड दिखाएँ</translation>
    </message>
    <message>
        <source>Settings found from the address</source>
        <translation>पते से मिली सेटिंग्स</translation>
    </message>
    <message>
        <source>About this provider</source>
        <translation>इस प्रदाता के बारे में</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Email Credentials&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ईमेल खाता विवरण&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Hid&amp;e</source>
        <translation>छिपाएँ (&amp;E)</translation>
    </message>
</context>
<context>
    <name>credentials_limits</name>
    <message>
        <source>Learned from the provider&apos;s reply on {day}: it refused more than {limit} messages in 24 hours. Change it if your plan allows more.</source>
        <translation>{day} को प्रदाता के जवाब से पता चला: 24 घंटे में {limit} से ज़्यादा संदेश उसने अस्वीकार किए। आपके प्लान में ज़्यादा संदेशों की अनुमति हो तो इसे बदलें।</translation>
    </message>
    <message>
        <source>(learned from the provider)</source>
        <translation>(प्रदाता से पता चली)</translation>
    </message>
</context>
<context>
    <name>credentials_mailbox</name>
    <message>
        <source>Encrypted from the start (SSL/TLS, port 993)</source>
        <translation>शुरू से ही एन्क्रिप्टेड (SSL/TLS, पोर्ट 993)</translation>
    </message>
    <message>
        <source>Encrypted after connecting (STARTTLS, port 143)</source>
        <translation>कनेक्ट होने के बाद एन्क्रिप्टेड (STARTTLS, पोर्ट 143)</translation>
    </message>
    <message>
        <source>Mailbox server</source>
        <translation>मेलबॉक्स सर्वर</translation>
    </message>
    <message>
        <source>Mailbox port</source>
        <translation>मेलबॉक्स पोर्ट</translation>
    </message>
    <message>
        <source>Mailbox security</source>
        <translation>मेलबॉक्स सुरक्षा</translation>
    </message>
    <message>
        <source>File a copy in the Sent folder</source>
        <translation>Sent फ़ोल्डर में प्रति रखें</translation>
    </message>
    <message>
        <source>Archive copy (BCC) to</source>
        <translation>आर्काइव प्रति (BCC) का पता</translation>
    </message>
    <message>
        <source>Mailbox (to confirm sent bills and find bounces)</source>
        <translation>मेलबॉक्स (भेजे गए बिलों की पुष्टि और वापस आए मेल ढूँढने के लिए)</translation>
    </message>
    <message>
        <source>File a copy of each message in the Sent folder (for servers that do not keep one)</source>
        <translation>हर संदेश की एक प्रति Sent फ़ोल्डर में रखें (उन सर्वरों के लिए जो खुद प्रति नहीं रखते)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <source>Mail&amp;box server</source>
        <translation>मेलबॉक्स सर्वर (&amp;B)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Also send a copy to (archive, BCC)</source>
        <translation>एक प्रति इस पते पर भी भेजें (आर्काइव, BCC)</translation>
    </message>
    <message>
        <source>This provider files a copy of every message in the Sent folder itself.</source>
        <translation>यह प्रदाता हर संदेश की प्रति खुद ही Sent फ़ोल्डर में रखता है।</translation>
    </message>
    <message>
        <source>SMTP Desk files the copy in the mailbox above after each message is sent.</source>
        <translation>हर संदेश भेजे जाने के बाद SMTP Desk उसकी प्रति ऊपर दिए मेलबॉक्स में रखता है।</translation>
    </message>
    <message>
        <source>Empty: {provider}&apos;s own ({host}) is used; nothing to type.</source>
        <translation>खाली: {provider} का अपना सर्वर ({host}) इस्तेमाल होता है; कुछ लिखने की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <source>Empty: the mailbox is not read, and unconfirmed bills are settled by hand. Enter its server (from your mail provider&apos;s help) to confirm them from the Sent folder.</source>
        <translation>खाली: मेलबॉक्स नहीं पढ़ा जाता, और अपुष्ट बिलों के बारे में आपको खुद तय करना होता है। Sent फ़ोल्डर से उनकी पुष्टि के लिए मेलबॉक्स का सर्वर लिखें (यह आपके ईमेल प्रदाता की सहायता में दिया होता है)।</translation>
    </message>
    <message>
        <source>The server typed here is used, not {provider}&apos;s own ({host}): clear it to use theirs.</source>
        <translation>यहाँ लिखा सर्वर इस्तेमाल होता है, {provider} का अपना ({host}) नहीं: उनका सर्वर इस्तेमाल करने के लिए इसे खाली करें।</translation>
    </message>
</context>
<context>
    <name>credentials_page</name>
    <message>
        <source>Not saved: {error}</source>
        <translation>सहेजा नहीं गया: {error}</translation>
    </message>
    <message>
        <source>Saved — type a new password to replace it</source>
        <translation>सहेजा हुआ है — बदलने के लिए नया पासवर्ड टाइप करें</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Looking up the settings for the address first; the test starts then.</source>
        <translation>पहले पते के लिए सेटिंग्स ढूँढी जा रही हैं; उसके बाद जाँच शुरू होगी।</translation>
    </message>
    <message>
        <source>choose Sign in with Microsoft or Google first.</source>
        <translation>पहले Microsoft या Google से साइन इन चुनें।</translation>
    </message>
    <message>
        <source>the settings could not be saved (see the message at the top).</source>
        <translation>सेटिंग्स सहेजी नहीं जा सकीं (ऊपर का संदेश देखें)।</translation>
    </message>
    <message>
        <source>save the settings first.</source>
        <translation>पहले सेटिंग्स सहेजें।</translation>
    </message>
</context>
<context>
    <name>credentials_signin</name>
    <message>
        <source>Settings changed — press Test connection.</source>
        <translation>सेटिंग्स बदल गईं — “कनेक्शन जाँचें” दबाएँ।</translation>
    </message>
    <message>
        <source>The sign-in changed — press Test connection.</source>
        <translation>साइन इन बदल गया — “कनेक्शन जाँचें” दबाएँ।</translation>
    </message>
    <message>
        <source>Sign in with Google uses the society&apos;s own OAuth client (the steps for your IT person are below); no App Password is needed. The browser opens on this computer to sign in.</source>
        <translation>Google से साइन इन में सोसायटी का अपना OAuth client इस्तेमाल होता है (आपके IT व्यक्ति के लिए चरण नीचे दिए हैं); App Password की ज़रूरत नहीं है। साइन इन के लिए इसी कंप्यूटर पर ब्राउज़र खुलता है।</translation>
    </message>
    <message>
        <source>Sign in now</source>
        <translation>अभी साइन इन करें</translation>
    </message>
    <message>
        <source>Sign in with {method} now</source>
        <translation>अभी {method} से साइन इन करें</translation>
    </message>
    <message>
        <source>none: SMTP Desk signs in with {method}</source>
        <translation>कोई नहीं: SMTP Desk {method} से साइन इन करता है</translation>
    </message>
    <message>
        <source>correct the fields marked in red first ({names}).</source>
        <translation>पहले लाल रंग में चिह्नित फ़ील्ड ठीक करें ({names})।</translation>
    </message>
</context>
<context>
    <name>credentials_step_clock</name>
    <message>
        <source>▸ Trying the other security settings… {seconds} s</source>
        <translation>▸ दूसरी सुरक्षा सेटिंग्स आज़माई जा रही हैं… {seconds} सेकंड</translation>
    </message>
    <message>
        <source>▸ {step}… {seconds} s of {timeout} s</source>
        <translation>▸ {step}… {seconds}/{timeout} सेकंड</translation>
    </message>
    <message>
        <source>▸ {step}… {seconds} s</source>
        <translation>▸ {step}… {seconds} सेकंड</translation>
    </message>
</context>
<context>
    <name>detect</name>
    <message>
        <source>type the whole address, like accounts@yoursociety.in</source>
        <translation>पूरा पता टाइप करें, जैसे accounts@yoursociety.in</translation>
    </message>
    <message>
        <source>{domain} is {provider}</source>
        <translation>{domain} {provider} है</translation>
    </message>
    <message>
        <source>your domain&apos;s mail is handled by {provider}</source>
        <translation>आपके डोमेन के ईमेल {provider} संभालता है</translation>
    </message>
    <message>
        <source>{domain} names its mail server</source>
        <translation>{domain} ने अपना मेल सर्वर बताया है</translation>
    </message>
    <message>
        <source>{domain} has mail servers SMTP Desk does not know</source>
        <translation>{domain} के मेल सर्वर SMTP Desk को ज्ञात नहीं हैं</translation>
    </message>
    <message>
        <source>nothing was found for {domain}</source>
        <translation>{domain} के लिए कुछ नहीं मिला</translation>
    </message>
    <message>
        <source>{why}: choose the provider, or ask whoever set up the domain</source>
        <translation>{why}: प्रदाता चुनें, या डोमेन सेट करने वाले व्यक्ति से पूछें</translation>
    </message>
    <message>
        <source>{domain} publishes its mail settings</source>
        <translation>{domain} अपनी मेल सेटिंग्स प्रकाशित करता है</translation>
    </message>
</context>
<context>
    <name>detect_fill</name>
    <message>
        <source>Found: {detail}.</source>
        <translation>मिला: {detail}।</translation>
    </message>
    <message>
        <source>{host}, port {port}, {security}</source>
        <translation>{host}, पोर्ट {port}, {security}</translation>
    </message>
    <message>
        <source>Found: {detail} ({server}). Not filled in, as you set the server yourself.</source>
        <translation>मिला: {detail} ({server})। आपने सर्वर खुद भरा है, इसलिए यह नहीं भरा गया।</translation>
    </message>
</context>
<context>
    <name>device_code_box</name>
    <message>
        <source>Sign-in code</source>
        <translation>साइन-इन कोड</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the sign-in code</source>
        <translation>साइन-इन कोड कॉपी करें</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;{uri}&quot;&gt;{uri}&lt;/a&gt; on any phone or computer and enter:</source>
        <translation>किसी भी फ़ोन या कंप्यूटर पर &lt;a href=&quot;{uri}&quot;&gt;{uri}&lt;/a&gt; खोलें और यह कोड डालें:</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} मिनट</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} सेकंड</translation>
    </message>
    <message>
        <source>The code expires in {time}. Sign in there as the society&apos;s mailbox.</source>
        <translation>कोड {time} में समाप्त हो जाएगा। वहाँ सोसायटी के मेलबॉक्स से साइन इन करें।</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>कॉपी हो गया ✓</translation>
    </message>
</context>
<context>
    <name>diagnosis</name>
    <message>
        <source>{title}. {cause} What to do: {action}</source>
        <translation>{title}। {cause} क्या करें: {action}</translation>
    </message>
</context>
<context>
    <name>do_first</name>
    <message>
        <source>Society Profile</source>
        <translation>सोसायटी प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Email Credentials</source>
        <translation>ईमेल खाता विवरण</translation>
    </message>
    <message>
        <source>Members &amp; Documents</source>
        <translation>सदस्य और दस्तावेज़</translation>
    </message>
</context>
<context>
    <name>dsn</name>
    <message>
        <source>the mailbox does not exist — check the address for a typing mistake</source>
        <translation>यह मेलबॉक्स मौजूद नहीं है — पते में टाइपिंग की गलती तो नहीं, जाँचें</translation>
    </message>
    <message>
        <source>the member&apos;s mailbox is full — ask the member to make room, then send again</source>
        <translation>सदस्य का मेलबॉक्स भरा हुआ है — सदस्य से जगह खाली करने को कहें, फिर दोबारा भेजें</translation>
    </message>
    <message>
        <source>the member&apos;s provider rejected it as spam or by its security rules</source>
        <translation>सदस्य की ईमेल सेवा ने इसे स्पैम मानकर या सुरक्षा नियमों के कारण अस्वीकार किया</translation>
    </message>
    <message>
        <source>the part of the address after the @ is not a working email domain — check the address for a typing mistake</source>
        <translation>पते में @ के बाद का हिस्सा कोई चालू ईमेल डोमेन नहीं है — पते में टाइपिंग की गलती तो नहीं, जाँचें</translation>
    </message>
    <message>
        <source>the message is larger than the member&apos;s provider accepts — make the PDF smaller</source>
        <translation>संदेश सदस्य की ईमेल सेवा की सीमा से बड़ा है — PDF छोटा करें</translation>
    </message>
    <message>
        <source>delivery is delayed; the mail server is still trying — nothing to do yet</source>
        <translation>पहुँचने में देर हो रही है; मेल सर्वर अभी कोशिश कर रहा है — अभी कुछ करने की ज़रूरत नहीं</translation>
    </message>
    <message>
        <source>the member&apos;s provider did not deliver it — the server&apos;s reply says why</source>
        <translation>सदस्य की ईमेल सेवा ने इसे नहीं पहुँचाया — कारण सर्वर के उत्तर में है</translation>
    </message>
    <message>
        <source>{address}: {reason}</source>
        <translation>{address}: {reason}</translation>
    </message>
</context>
<context>
    <name>email_validator</name>
    <message>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>@ के बाद का हिस्सा मान्य नहीं है। उसमें पूर्णविराम (.) होना चाहिए।</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>@ के बाद कुछ होना चाहिए।</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>@ से पहले कुछ होना चाहिए।</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>ईमेल पते में लगातार दो पूर्णविराम (..) नहीं हो सकते।</translation>
    </message>
    <message>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>ईमेल पते में @ के ठीक बाद हाइफ़न (-) नहीं हो सकता।</translation>
    </message>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>ईमेल पते में @ होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>An email address cannot end with a period.</source>
        <translation>ईमेल पता पूर्णविराम (.) पर खत्म नहीं हो सकता।</translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>ईमेल पते में @ से ठीक पहले पूर्णविराम (.) नहीं हो सकता।</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign: SPACE.</source>
        <translation>ईमेल पते में @ से पहले खाली जगह (space) है; उसे हटाएँ।</translation>
    </message>
</context>
<context>
    <name>first_run_page</name>
    <message>
        <source>The society&apos;s email address</source>
        <translation>सोसायटी का ईमेल पता</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>दिखाएँ (&amp;O)</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>पासवर्ड दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Set up and test</source>
        <translation>सेट अप करें और जाँचें (&amp;S)</translation>
    </message>
    <message>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Microsoft से साइन इन करें (&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>सेट अप के चरण</translation>
    </message>
    <message>
        <source>Open &amp;Email Credentials (all the settings)</source>
        <translation>ईमेल खाता विवरण खोलें (सभी सेटिंग्स) (&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>अभी छोड़ें (&amp;K)</translation>
    </message>
    <message>
        <source>Try &amp;practice mode first</source>
        <translation>पहले अभ्यास मोड आज़माएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Society&apos;s email &amp;address</source>
        <translation>सोसायटी का ईमेल पता (&amp;A)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>पासवर्ड (&amp;W)</translation>
    </message>
    <message>
        <source>the password in this computer&apos;s password store</source>
        <translation>पासवर्ड इस कंप्यूटर के पासवर्ड भंडार में</translation>
    </message>
    <message>
        <source>the password only until SMTP Desk closes: this computer has no password store SMTP Desk can use</source>
        <translation>पासवर्ड सिर्फ़ SMTP Desk बंद होने तक: इस कंप्यूटर में ऐसा पासवर्ड भंडार नहीं है जिसे SMTP Desk इस्तेमाल कर सके</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Set up email&lt;/h2&gt;&lt;p&gt;Type the society&apos;s email address and its password. SMTP Desk finds the mail server&apos;s settings, tests them, and keeps them ({kept}).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ईमेल सेट अप करें&lt;/h2&gt;&lt;p&gt;सोसायटी का ईमेल पता और उसका पासवर्ड टाइप करें। SMTP Desk मेल सर्वर की सेटिंग्स ढूँढता है, उन्हें जाँचता है और सहेजकर रखता है ({kept})।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the society&apos;s whole email address first.</source>
        <translation>पहले सोसायटी का पूरा ईमेल पता टाइप करें।</translation>
    </message>
    <message>
        <source>Type the password too.</source>
        <translation>पासवर्ड भी टाइप करें।</translation>
    </message>
    <message>
        <source>Looking up {domain}…</source>
        <translation>{domain} ढूँढा जा रहा है…</translation>
    </message>
    <message>
        <source>{mark} Find the settings: {detail}</source>
        <translation>{mark} सेटिंग्स ढूँढना: {detail}</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Everything works.&lt;/b&gt; The settings are saved.</source>
        <translation>✓ &lt;b&gt;सब कुछ ठीक काम कर रहा है।&lt;/b&gt; सेटिंग्स सहेज ली गई हैं।</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;{title}.&lt;/b&gt;&lt;br&gt;{cause}&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {action}</source>
        <translation>✗ &lt;b&gt;{title}।&lt;/b&gt;&lt;br&gt;{cause}&lt;br&gt;&lt;b&gt;क्या करें:&lt;/b&gt; {action}</translation>
    </message>
    <message>
        <source>The full form (Email Credentials) takes the settings by hand.</source>
        <translation>पूरे फ़ॉर्म (ईमेल खाता विवरण) में सेटिंग्स हाथ से भरी जा सकती हैं।</translation>
    </message>
    <message>
        <source>{name}, {host} port {port} ({security}).</source>
        <translation>{name}, {host} पोर्ट {port} ({security})।</translation>
    </message>
    <message>
        <source> Or sign in with Microsoft (no password kept here).</source>
        <translation> या Microsoft से साइन इन करें (यहाँ कोई पासवर्ड नहीं रखा जाता)।</translation>
    </message>
</context>
<context>
    <name>first_run_work</name>
    <message>
        <source>Nothing was found: {detail}.</source>
        <translation>कुछ नहीं मिला: {detail}।</translation>
    </message>
    <message>
        <source>Sign in with Microsoft in the browser window that opened…</source>
        <translation>खुली हुई ब्राउज़र विंडो में Microsoft से साइन इन करें…</translation>
    </message>
    <message>
        <source>The test passed, but: {problem}</source>
        <translation>जाँच सफल रही, लेकिन: {problem}</translation>
    </message>
</context>
<context>
    <name>help_panel</name>
    <message>
        <source>User ID:</source>
        <translation>User ID:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>Learn how (opens the browser)</source>
        <translation>कैसे करें, यह देखें (ब्राउज़र खुलेगा)</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>सीमाएँ:</translation>
    </message>
</context>
<context>
    <name>history_page</name>
    <message>
        <source>sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>sent (partly)</source>
        <translation>भेजा गया (आंशिक)</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>फ्लैट</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>पते</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजने का समय</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Search flat, name, address, Message-ID…</source>
        <translation>फ्लैट, नाम, पता, Message-ID खोजें…</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>रजिस्टर में खोजें</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Save the rows shown as CSV or as an Excel workbook</source>
        <translation>दिख रही पंक्तियाँ CSV या Excel वर्कबुक के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Check for &amp;bounces</source>
        <translation>वापस आए मेल जाँचें (&amp;B)</translation>
    </message>
    <message>
        <source>Read the mailbox now for bills that came back undelivered</source>
        <translation>बिना पहुँचे वापस आए बिल ढूँढने के लिए अभी मेलबॉक्स पढ़ें</translation>
    </message>
    <message>
        <source>&amp;Only bills that came back</source>
        <translation>केवल वापस आए बिल (&amp;O)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;History&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;इतिहास&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>{shown} of {total} message(s)</source>
        <translation>{total} में से {shown} संदेश</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>रजिस्टर निर्यात करें</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>वापस आया</translation>
    </message>
</context>
<context>
    <name>home_page</name>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Society Profile</source>
        <translation>सोसायटी प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>करना बाकी</translation>
    </message>
    <message>
        <source>Every month: check the email and the Society Profile, import the members and the month&apos;s bills, then send. Each step opens its page.</source>
        <translation>हर महीने: ईमेल और सोसायटी प्रोफ़ाइल जाँचें, सदस्य और महीने के बिल आयात करें, फिर भेजें। हर चरण अपना पेज खोलता है।</translation>
    </message>
    <message>
        <source>✓ Everything for this month is done.</source>
        <translation>✓ इस महीने का सारा काम पूरा हो गया।</translation>
    </message>
    <message>
        <source>Next: &lt;b&gt;{step}&lt;/b&gt; — {state}</source>
        <translation>अगला: &lt;b&gt;{step}&lt;/b&gt; — {state}</translation>
    </message>
</context>
<context>
    <name>imap</name>
    <message>
        <source>the mailbox would not list its folders</source>
        <translation>मेलबॉक्स ने अपने फ़ोल्डर नहीं दिखाए</translation>
    </message>
    <message>
        <source>the mailbox has no Sent folder (it has: {folders})</source>
        <translation>मेलबॉक्स में Sent फ़ोल्डर नहीं है (मौजूद फ़ोल्डर: {folders})</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be opened</source>
        <translation>{folder} फ़ोल्डर खोला नहीं जा सकता</translation>
    </message>
    <message>
        <source>the mailbox refused the search</source>
        <translation>मेलबॉक्स ने खोज अस्वीकार कर दी</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be named to the mailbox</source>
        <translation>फ़ोल्डर {folder} का नाम मेलबॉक्स को बताया नहीं जा सकता</translation>
    </message>
    <message>
        <source>the mailbox refused to show its messages</source>
        <translation>मेलबॉक्स ने संदेश दिखाने से मना कर दिया</translation>
    </message>
    <message>
        <source>the mailbox refused to file the copy ({reply})</source>
        <translation>मेलबॉक्स ने प्रति रखने से मना कर दिया ({reply})</translation>
    </message>
    <message>
        <source>the mailbox server took too long to answer</source>
        <translation>मेलबॉक्स सर्वर ने जवाब देने में बहुत देर लगाई</translation>
    </message>
    <message>
        <source>the mailbox server sent far more than was asked</source>
        <translation>मेलबॉक्स सर्वर ने माँगे गए से कहीं ज़्यादा भेजा</translation>
    </message>
    <message>
        <source>the mailbox server broke off the encryption</source>
        <translation>मेलबॉक्स सर्वर ने एन्क्रिप्शन बीच में तोड़ दिया</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS on port {port}: the mailbox is never read unencrypted (use port 993 with SSL/TLS)</source>
        <translation>{host} पोर्ट {port} पर STARTTLS नहीं देता: मेलबॉक्स कभी बिना एन्क्रिप्शन के नहीं पढ़ा जाता (SSL/TLS के साथ पोर्ट 993 इस्तेमाल करें)</translation>
    </message>
    <message>
        <source>Microsoft or Google</source>
        <translation>Microsoft या Google</translation>
    </message>
    <message>
        <source>the mailbox server does not take Sign in with {service} (XOAUTH2): use an App Password for the mailbox, or its provider&apos;s IMAP server</source>
        <translation>मेलबॉक्स सर्वर {service} से साइन इन (XOAUTH2) स्वीकार नहीं करता: मेलबॉक्स के लिए App Password इस्तेमाल करें, या उसके प्रदाता का IMAP सर्वर</translation>
    </message>
    <message>
        <source>the mailbox refused the {service} sign-in: sign in again (System Tools &gt; Email Credentials &gt; Sign in); if it is refused again, check that IMAP is turned on for the mailbox</source>
        <translation>मेलबॉक्स ने {service} साइन-इन अस्वीकार किया: दोबारा साइन इन करें (सिस्टम टूल्स &gt; ईमेल खाता विवरण &gt; साइन इन); फिर भी अस्वीकार हो तो देखें कि मेलबॉक्स के लिए IMAP चालू है</translation>
    </message>
    <message>
        <source>the mailbox server {where} answered in a way SMTP Desk cannot read</source>
        <translation>मेलबॉक्स सर्वर {where} ने ऐसा जवाब दिया जिसे SMTP Desk पढ़ नहीं सकता</translation>
    </message>
    <message>
        <source>the mailbox server {where} showed a certificate that is not trusted</source>
        <translation>मेलबॉक्स सर्वर {where} ने ऐसा प्रमाणपत्र दिखाया जिस पर भरोसा नहीं है</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>समय पर जवाब नहीं आया</translation>
    </message>
    <message>
        <source>the encrypted connection failed: check the port and security</source>
        <translation>एन्क्रिप्टेड कनेक्शन नहीं बना: पोर्ट और सुरक्षा जाँचें</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>अस्वीकार किया</translation>
    </message>
    <message>
        <source>the mailbox server {where} cannot be reached ({reason})</source>
        <translation>मेलबॉक्स सर्वर {where} तक पहुँचा नहीं जा सकता ({reason})</translation>
    </message>
    <message>
        <source>the mailbox refused the sign-in: check the password (an App Password for Gmail, Yahoo and Zoho) and that IMAP is turned on for the account</source>
        <translation>मेलबॉक्स ने साइन इन अस्वीकार किया: पासवर्ड जाँचें (Gmail, Yahoo और Zoho के लिए App Password) और देखें कि खाते के लिए IMAP चालू है</translation>
    </message>
    <message>
        <source>the mailbox sign-in cannot carry the password or user name: it holds letters beyond plain English ones; use an App Password</source>
        <translation>मेलबॉक्स साइन-इन यह पासवर्ड या यूज़र नाम नहीं ले जा सकता: इसमें सादे अंग्रेज़ी के अलावा दूसरे अक्षर हैं; App Password इस्तेमाल करें</translation>
    </message>
    <message>
        <source>the connection to the mailbox {where} was lost</source>
        <translation>मेलबॉक्स {where} से कनेक्शन टूट गया</translation>
    </message>
</context>
<context>
    <name>imap_settings</name>
    <message>
        <source>This service signs in with a key for sending, which no mailbox takes: SMTP Desk would be sending that key to the mailbox&apos;s server. Leave the mailbox server empty, and to keep a copy of every bill use the archive address (BCC).</source>
        <translation>यह सेवा भेजने वाली कुंजी (key) से साइन इन करती है, जिसे कोई मेलबॉक्स नहीं लेता: SMTP Desk वह कुंजी मेलबॉक्स के सर्वर को भेज देगा। मेलबॉक्स सर्वर खाली छोड़ें, और हर बिल की प्रति रखने के लिए आर्काइव प्रति का पता (BCC) इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Enter the IMAP server&apos;s name, or clear the port.</source>
        <translation>IMAP सर्वर का नाम लिखें, या पोर्ट खाली करें।</translation>
    </message>
    <message>
        <source>Enter only the IMAP server&apos;s name, for example imap.gmail.com.</source>
        <translation>केवल IMAP सर्वर का नाम लिखें, जैसे imap.gmail.com।</translation>
    </message>
    <message>
        <source>The mailbox is read encrypted only: choose ssl (port 993) or starttls (port 143).</source>
        <translation>मेलबॉक्स केवल एन्क्रिप्शन के साथ पढ़ा जाता है: ssl (पोर्ट 993) या starttls (पोर्ट 143) चुनें।</translation>
    </message>
    <message>
        <source>The IMAP port is a number from 1 to 65535.</source>
        <translation>IMAP पोर्ट 1 से 65535 के बीच की संख्या होती है।</translation>
    </message>
    <message>
        <source>Filing a copy in Sent is either &apos;yes&apos; or &apos;no&apos;.</source>
        <translation>Sent में प्रति रखने के लिए केवल &apos;yes&apos; या &apos;no&apos; लिखा जा सकता है।</translation>
    </message>
    <message>
        <source>This provider already keeps a copy of every message in the Sent folder; filing another would put each bill there twice. Turn this off.</source>
        <translation>यह प्रदाता पहले से ही हर संदेश की प्रति Sent फ़ोल्डर में रखता है; दूसरी प्रति रखने से हर बिल वहाँ दो बार दिखेगा। इसे बंद करें।</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s IMAP server: the copy of each message is filed there.</source>
        <translation>मेलबॉक्स का IMAP सर्वर लिखें: हर संदेश की प्रति वहीं रखी जाती है।</translation>
    </message>
</context>
<context>
    <name>importing_bills</name>
    <message>
        <source>there is no Period column: give the period (e.g. --period 2026-11)</source>
        <translation>Period कॉलम नहीं है: अवधि दें (जैसे --period 2026-11)</translation>
    </message>
    <message>
        <source>bill {number} already exists in another period</source>
        <translation>बिल {number} किसी दूसरी अवधि में पहले से है</translation>
    </message>
    <message>
        <source>bills for {periods} were imported before; importing again replaces them (confirm, or use --replace)</source>
        <translation>{periods} के बिल पहले आयात हो चुके हैं; दोबारा आयात करने पर वे बदल दिए जाएँगे (पुष्टि करें, या --replace का उपयोग करें)</translation>
    </message>
    <message>
        <source>the bill number is missing</source>
        <translation>बिल नंबर नहीं दिया गया है</translation>
    </message>
    <message>
        <source>the due date is before the bill date</source>
        <translation>देय तिथि बिल की तिथि से पहले की है</translation>
    </message>
    <message>
        <source>{total} is not the sum of the charges ({charges}) nor the total payable ({payable})</source>
        <translation>{total} न तो शुल्कों का जोड़ ({charges}) है, न ही कुल देय राशि ({payable})</translation>
    </message>
    <message>
        <source>this charge head {problem}</source>
        <translation>यह शुल्क मद {problem}</translation>
    </message>
</context>
<context>
    <name>importing_bounds</name>
    <message>
        <source>The file is {size}; SMTP Desk imports files up to {limit}: check that this is the register, or save only the columns SMTP Desk reads</source>
        <translation>फ़ाइल {size} की है; SMTP Desk {limit} तक की फ़ाइलें आयात करता है: जाँचें कि यह रजिस्टर ही है, या केवल वे कॉलम सहेजें जो SMTP Desk पढ़ता है</translation>
    </message>
    <message>
        <source>The file has more than {cells} cells; SMTP Desk imports at most {rows} rows: remove the columns and rows it does not need</source>
        <translation>फ़ाइल में {cells} से अधिक सेल हैं; SMTP Desk अधिकतम {rows} पंक्तियाँ आयात करता है: जिन कॉलम और पंक्तियों की ज़रूरत नहीं है, उन्हें हटा दें</translation>
    </message>
    <message>
        <source>The file has more than {rows} rows; SMTP Desk imports at most {rows} at a time. Split the file.</source>
        <translation>फ़ाइल में {rows} से अधिक पंक्तियाँ हैं; SMTP Desk एक बार में अधिकतम {rows} पंक्तियाँ आयात करता है। फ़ाइल को हिस्सों में बाँटें।</translation>
    </message>
    <message>
        <source>The file has more than {rows} empty rows; delete the empty rows below the register and save it again</source>
        <translation>फ़ाइल में {rows} से अधिक खाली पंक्तियाँ हैं; रजिस्टर के नीचे की खाली पंक्तियाँ हटाएँ और फ़ाइल फिर से सहेजें</translation>
    </message>
</context>
<context>
    <name>importing_fields</name>
    <message>
        <source>is a spreadsheet formula ({formula}); save the file with values, not formulas</source>
        <translation>स्प्रेडशीट फ़ॉर्मूला है ({formula}); फ़ाइल को फ़ॉर्मूलों के बजाय मानों के साथ सहेजें</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula ({formula}); it was not used</source>
        <translation>स्प्रेडशीट फ़ॉर्मूला जैसा दिखता है ({formula}); इसका उपयोग नहीं किया गया</translation>
    </message>
    <message>
        <source>contains a line break or an invisible control character</source>
        <translation>में लाइन ब्रेक या अदृश्य नियंत्रण अक्षर है</translation>
    </message>
    <message>
        <source>is {length} characters long; shorten it to {limit} or fewer</source>
        <translation>{length} अक्षर लंबा है; इसे {limit} या कम अक्षरों तक छोटा करें</translation>
    </message>
    <message>
        <source>{value} is not a valid email address ({reason})</source>
        <translation>{value} मान्य ईमेल पता नहीं है ({reason})</translation>
    </message>
    <message>
        <source>is empty; enter an amount (0 if none)</source>
        <translation>खाली है; राशि लिखें (न हो तो 0)</translation>
    </message>
    <message>
        <source>{value} is not an amount</source>
        <translation>{value} कोई राशि नहीं है</translation>
    </message>
    <message>
        <source>{value} is negative; amounts here cannot be negative</source>
        <translation>{value} ऋणात्मक है; यहाँ राशि ऋणात्मक नहीं हो सकती</translation>
    </message>
    <message>
        <source>{value} has more than two decimals (paise)</source>
        <translation>{value} में दो से अधिक दशमलव (पैसे) हैं</translation>
    </message>
    <message>
        <source>is empty; enter a date like 05/11/2026</source>
        <translation>खाली है; 05/11/2026 जैसी तिथि लिखें</translation>
    </message>
    <message>
        <source>{value}: write the year with four digits (e.g. 05/11/2026)</source>
        <translation>{value}: वर्ष चार अंकों में लिखें (जैसे 05/11/2026)</translation>
    </message>
    <message>
        <source>day first (dd/mm/yyyy)</source>
        <translation>पहले दिन (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>month first (mm/dd/yyyy)</source>
        <translation>पहले महीना (mm/dd/yyyy)</translation>
    </message>
    <message>
        <source>{value}: there is no month {month}; dates are read {order}; if this file writes them the other way, say so when importing</source>
        <translation>{value}: महीना {month} नहीं होता; तिथियाँ {order} के क्रम में पढ़ी जाती हैं; अगर इस फ़ाइल में वे उल्टे क्रम में लिखी हैं, तो आयात करते समय यह बताएँ</translation>
    </message>
    <message>
        <source>{value}: write the year with four digits (e.g. 5-Nov-2026)</source>
        <translation>{value}: वर्ष चार अंकों में लिखें (जैसे 5-Nov-2026)</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} कोई वास्तविक तिथि नहीं है</translation>
    </message>
    <message>
        <source>{value} is not a date SMTP Desk reads (use {order}, yyyy-mm-dd or 5-Nov-2026)</source>
        <translation>{value} ऐसी तिथि नहीं है जिसे SMTP Desk पढ़ सके ({order}, yyyy-mm-dd या 5-Nov-2026 का उपयोग करें)</translation>
    </message>
    <message>
        <source>{value} is not a period like 2026-11 or Nov 2026</source>
        <translation>{value} 2026-11 या Nov 2026 जैसी अवधि नहीं है</translation>
    </message>
    <message>
        <source>{value} is not a payment mode (use cash, cheque, UPI or NEFT)</source>
        <translation>{value} भुगतान का तरीका नहीं है (cash, cheque, UPI या NEFT का उपयोग करें)</translation>
    </message>
</context>
<context>
    <name>importing_pdf_check</name>
    <message>
        <source>is damaged or incomplete: export it again from the ERP</source>
        <translation>खराब या अधूरी है: इसे ERP से फिर से एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>is protected by a password: export it without one</source>
        <translation>पासवर्ड से सुरक्षित है: इसे बिना पासवर्ड के एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>has no pages: export it again from the ERP</source>
        <translation>में कोई पृष्ठ नहीं है: इसे ERP से फिर से एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation>PDF फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>is {size}; SMTP Desk imports PDFs up to {limit}, as larger messages do not get through most mail providers: export it again from the ERP</source>
        <translation>{size} की है; SMTP Desk {limit} तक की PDF आयात करता है, क्योंकि इससे बड़े ईमेल ज़्यादातर ईमेल सेवाओं से नहीं पहुँचते: इसे ERP से फिर से एक्सपोर्ट करें</translation>
    </message>
</context>
<context>
    <name>importing_pdfs</name>
    <message>
        <source>Imported {count} PDF(s) from {folder}.</source>
        <translation>{folder} से {count} PDF आयात की गईं।</translation>
    </message>
    <message>
        <source>Nothing was imported from {folder}: {count} problem(s).</source>
        <translation>{folder} से कुछ भी आयात नहीं हुआ: {count} समस्या(एँ)।</translation>
    </message>
    <message>
        <source>{file} changed while it was being imported; nothing was imported: import the folder again</source>
        <translation>आयात के दौरान {file} बदल गई; कुछ भी आयात नहीं हुआ: फ़ोल्डर फिर से आयात करें</translation>
    </message>
    <message>
        <source>the PDFs cannot be copied into {folder} ({reason}); nothing was imported</source>
        <translation>PDF फ़ाइलें {folder} में कॉपी नहीं हो सकतीं ({reason}); कुछ भी आयात नहीं हुआ</translation>
    </message>
    <message>
        <source>{file} is a link to a file outside the folder; copy the file itself into the folder</source>
        <translation>{file} फ़ोल्डर के बाहर की फ़ाइल का लिंक है; असली फ़ाइल को ही फ़ोल्डर में कॉपी करें</translation>
    </message>
    <message>
        <source>cannot read the folder ({reason})</source>
        <translation>फ़ोल्डर पढ़ा नहीं जा सकता ({reason})</translation>
    </message>
    <message>
        <source>there are no .pdf files in it</source>
        <translation>इसमें कोई .pdf फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>{file} names no flat of the members</source>
        <translation>{file} के नाम में किसी सदस्य का फ्लैट नहीं है</translation>
    </message>
    <message>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <source>{file} could be flat {flats}; rename it</source>
        <translation>{file} फ्लैट {flats} की हो सकती है; इसका नाम बदलें</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>{file} पढ़ी नहीं जा सकती ({reason})</translation>
    </message>
    <message>
        <source>{file} is a second file for flat {flat} (also {other})</source>
        <translation>{file} फ्लैट {flat} के लिए दूसरी फ़ाइल है ({other} भी)</translation>
    </message>
</context>
<context>
    <name>importing_receipts</name>
    <message>
        <source>receipt {number} was imported before (use --replace to replace it)</source>
        <translation>रसीद {number} पहले आयात हो चुकी है (बदलने के लिए --replace का उपयोग करें)</translation>
    </message>
    <message>
        <source>the receipt number is missing</source>
        <translation>रसीद नंबर नहीं दिया गया है</translation>
    </message>
    <message>
        <source>the amount is zero</source>
        <translation>राशि शून्य है</translation>
    </message>
    <message>
        <source>a cheque payment needs the cheque number</source>
        <translation>चेक भुगतान के लिए चेक नंबर ज़रूरी है</translation>
    </message>
</context>
<context>
    <name>importing_register</name>
    <message>
        <source>has no rows under a header row</source>
        <translation>शीर्षक पंक्ति के नीचे कोई पंक्ति नहीं है</translation>
    </message>
    <message>
        <source>the member&apos;s name is missing</source>
        <translation>सदस्य का नाम नहीं दिया गया है</translation>
    </message>
</context>
<context>
    <name>importing_rows</name>
    <message>
        <source>bill number</source>
        <translation>बिल नंबर</translation>
    </message>
    <message>
        <source>bills</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>periods</source>
        <translation>अवधियाँ</translation>
    </message>
    <message>
        <source>replaced periods</source>
        <translation>बदली गई अवधियाँ</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>रसीद नंबर</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>रसीदें</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>बदली गईं</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>फ्लैट</translation>
    </message>
    <message>
        <source>members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>new</source>
        <translation>नए</translation>
    </message>
    <message>
        <source>without email</source>
        <translation>बिना ईमेल</translation>
    </message>
    <message>
        <source>with two or more emails</source>
        <translation>दो या अधिक ईमेल वाले</translation>
    </message>
    <message>
        <source>Imported {file}: {counts}.</source>
        <translation>{file} आयात की गई: {counts}।</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {count} problem(s) to correct first.</source>
        <translation>{file} से कुछ भी आयात नहीं हुआ: पहले {count} समस्या(एँ) ठीक करें।</translation>
    </message>
    <message>
        <source>this column is missing from the header row</source>
        <translation>यह कॉलम शीर्षक पंक्ति में नहीं है</translation>
    </message>
    <message>
        <source>{what} {value} appears again (first on row {first})</source>
        <translation>{what} {value} दोबारा आया है (पहली बार पंक्ति {first} में)</translation>
    </message>
    <message>
        <source>the flat is missing</source>
        <translation>फ्लैट नहीं दिया गया है</translation>
    </message>
    <message>
        <source>flat {flat} is not among the members; import the members first</source>
        <translation>फ्लैट {flat} सदस्यों में नहीं है; पहले सदस्य आयात करें</translation>
    </message>
</context>
<context>
    <name>importing_table</name>
    <message>
        <source>row {row}</source>
        <translation>पंक्ति {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>कॉलम {column}</translation>
    </message>
    <message>
        <source>Line {line} of the file is longer than {most} characters; check that this is the register, saved as CSV</source>
        <translation>फ़ाइल की पंक्ति {line} {most} अक्षरों से लंबी है; जाँचें कि यह CSV के रूप में सहेजा गया रजिस्टर ही है</translation>
    </message>
    <message>
        <source>The file says it is {encoding} text but is not: save it again as CSV</source>
        <translation>फ़ाइल के अनुसार यह {encoding} टेक्स्ट है, पर ऐसा नहीं है: इसे फिर से CSV के रूप में सहेजें</translation>
    </message>
    <message>
        <source>{file}: SMTP Desk imports .csv and .xlsx files; save it as one of those.</source>
        <translation>{file}: SMTP Desk .csv और .xlsx फ़ाइलें आयात करता है; इसे इनमें से किसी एक रूप में सहेजें।</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} पढ़ी नहीं जा सकती ({reason})।</translation>
    </message>
    <message>
        <source>{file} is not a valid CSV file ({reason}).</source>
        <translation>{file} मान्य CSV फ़ाइल नहीं है ({reason})।</translation>
    </message>
</context>
<context>
    <name>importing_workbook</name>
    <message>
        <source>{file} is not a readable Excel (.xlsx) file.</source>
        <translation>{file} पढ़ने योग्य Excel (.xlsx) फ़ाइल नहीं है।</translation>
    </message>
</context>
<context>
    <name>importing_workbook_parts</name>
    <message>
        <source>check that this is the register, or open it in Excel and save it again</source>
        <translation>जाँचें कि यह रजिस्टर ही है, या इसे Excel में खोलकर फिर से सहेजें</translation>
    </message>
    <message>
        <source>{file} is protected by a password, or is an old-style Excel file (.xls) renamed: open it in Excel and save it as .xlsx without a password</source>
        <translation>{file} पासवर्ड से सुरक्षित है, या नाम बदली हुई पुरानी तरह की Excel फ़ाइल (.xls) है: इसे Excel में खोलें और बिना पासवर्ड के .xlsx के रूप में सहेजें</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel (.xlsx) file.</source>
        <translation>{file} पढ़ने योग्य Excel (.xlsx) फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The Excel file has {parts} parts; a workbook has a few dozen at most and SMTP Desk reads up to {most}: {again}</source>
        <translation>Excel फ़ाइल में {parts} भाग हैं; एक वर्कबुक में अधिकतम कुछ दर्जन भाग होते हैं और SMTP Desk {most} तक पढ़ता है: {again}</translation>
    </message>
    <message>
        <source>The Excel file&apos;s text unpacks to {size}; SMTP Desk reads up to {limit} of text: {again}</source>
        <translation>Excel फ़ाइल का टेक्स्ट खुलने पर {size} हो जाता है; SMTP Desk {limit} तक का टेक्स्ट पढ़ता है: {again}</translation>
    </message>
    <message>
        <source>The Excel file&apos;s sheet unpacks to {size}; SMTP Desk reads sheets up to {limit}: {again}</source>
        <translation>Excel फ़ाइल की शीट खुलने पर {size} हो जाती है; SMTP Desk {limit} तक की शीट पढ़ता है: {again}</translation>
    </message>
    <message>
        <source>The Excel file&apos;s part {part} unpacks to {size}; SMTP Desk reads parts up to {limit}: {again}</source>
        <translation>Excel फ़ाइल का भाग {part} खुलने पर {size} हो जाता है; SMTP Desk {limit} तक के भाग पढ़ता है: {again}</translation>
    </message>
    <message>
        <source>The Excel file unpacks to {size}; SMTP Desk reads up to {limit} in all: {again}</source>
        <translation>Excel फ़ाइल खुलने पर {size} हो जाती है; SMTP Desk कुल {limit} तक पढ़ता है: {again}</translation>
    </message>
    <message>
        <source>The Excel file is not built like one saved by Excel ({reason} in {part}): open it in Excel and save it again</source>
        <translation>यह Excel फ़ाइल Excel में सहेजी गई फ़ाइल जैसी नहीं बनी है ({part} में {reason}): इसे Excel में खोलकर फिर से सहेजें</translation>
    </message>
    <message>
        <source>more than {count} XML elements in all</source>
        <translation>कुल {count} से अधिक XML तत्व</translation>
    </message>
    <message>
        <source>a row of more than {count} XML elements</source>
        <translation>{count} से अधिक XML तत्वों वाली एक पंक्ति</translation>
    </message>
    <message>
        <source>more than {count} XML elements outside the rows</source>
        <translation>पंक्तियों के बाहर {count} से अधिक XML तत्व</translation>
    </message>
    <message>
        <source>a document type declaration</source>
        <translation>दस्तावेज़-प्रकार घोषणा (DOCTYPE)</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Maintenance bill</source>
        <translation>रखरखाव बिल</translation>
    </message>
    <message>
        <source>maintenance bills</source>
        <translation>रखरखाव बिल</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>भुगतान रसीद</translation>
    </message>
    <message>
        <source>payment receipts</source>
        <translation>भुगतान रसीदें</translation>
    </message>
    <message>
        <source>Member statement</source>
        <translation>सदस्य विवरण</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>विवरण</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <source>{count} from {when}</source>
        <translation>{when} से {count}</translation>
    </message>
    <message>
        <source>, the other {rest} over the day after</source>
        <translation>, बाकी {rest} उसके अगले दिन</translation>
    </message>
    <message>
        <source>, the other {rest} over the {days} days after</source>
        <translation>, बाकी {rest} उसके बाद के {days} दिनों में</translation>
    </message>
    <message>
        <source>1 message is recorded as sent later than now (not counted in the last 24 h) — the PC&apos;s clock was ahead when they were sent, or is behind now; check the date and time.</source>
        <translation>1 संदेश अभी के बाद के समय पर भेजा गया दर्ज है (पिछले 24 घंटों में नहीं गिना गया) — भेजते समय PC की घड़ी आगे थी, या अब पीछे है; तारीख और समय जाँचें।</translation>
    </message>
    <message>
        <source>{count} messages are recorded as sent later than now (not counted in the last 24 h) — the PC&apos;s clock was ahead when they were sent, or is behind now; check the date and time.</source>
        <translation>{count} संदेश अभी के बाद के समय पर भेजे गए दर्ज हैं (पिछले 24 घंटों में नहीं गिने गए) — भेजते समय PC की घड़ी आगे थी, या अब पीछे है; तारीख और समय जाँचें।</translation>
    </message>
    <message>
        <source>{count} to send; the provider says its daily limit is reached: they can go from {when}.</source>
        <translation>{count} भेजने हैं; प्रदाता के अनुसार उसकी दैनिक सीमा पूरी हो गई है: ये {when} से भेजे जा सकते हैं।</translation>
    </message>
    <message>
        <source>{count} to send; no daily limit is set: all now.</source>
        <translation>{count} भेजने हैं; कोई दैनिक सीमा तय नहीं है: सभी अभी।</translation>
    </message>
    <message>
        <source>the provider allows {daily} a day (learned from its reply on {day})</source>
        <translation>प्रदाता एक दिन में {daily} की अनुमति देता है ({day} को उसके उत्तर से पता चला)</translation>
    </message>
    <message>
        <source>your account allows {daily} a day</source>
        <translation>आपका खाता एक दिन में {daily} की अनुमति देता है</translation>
    </message>
    <message>
        <source>{count} to send; {allows} and {sent} were sent in the last 24 h</source>
        <translation>{count} भेजने हैं; {allows} और पिछले 24 घंटों में {sent} भेजे गए</translation>
    </message>
    <message>
        <source>{plan}: all {now} now.</source>
        <translation>{plan}: सभी {now} अभी।</translation>
    </message>
    <message>
        <source>{plan}: {now} now, {later}.</source>
        <translation>{plan}: {now} अभी, {later}।</translation>
    </message>
</context>
<context>
    <name>log_pane</name>
    <message>
        <source>&amp;Log</source>
        <translation>लॉग (&amp;L)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>लॉग</translation>
    </message>
</context>
<context>
    <name>mailbox</name>
    <message>
        <source>the mailbox (IMAP) is not set up, so it cannot be read: give its server in Email Credentials or with smtp-desk configure --imap-host</source>
        <translation>मेलबॉक्स (IMAP) सेट नहीं है, इसलिए उसे पढ़ा नहीं जा सकता: ईमेल खाता विवरण में या smtp-desk configure --imap-host से उसका सर्वर दें</translation>
    </message>
    <message>
        <source>no email account is saved yet: set it up in Email Credentials (or with smtp-desk configure)</source>
        <translation>अभी तक कोई ईमेल खाता सहेजा नहीं गया है: इसे “ईमेल खाता विवरण” में (या smtp-desk configure से) सेट करें</translation>
    </message>
    <message>
        <source>the saved email settings need correcting in Email Credentials first ({problems})</source>
        <translation>सहेजी गई ईमेल सेटिंग्स को पहले “ईमेल खाता विवरण” में ठीक करना होगा ({problems})</translation>
    </message>
</context>
<context>
    <name>mailbox_step</name>
    <message>
        <source>For SMTP Desk to confirm sent bills and find bounces: turn on IMAP in Gmail (Settings &gt; See all settings &gt; Forwarding and POP/IMAP), sign in with the App Password, and check the mailbox&apos;s server and port.</source>
        <translation>SMTP Desk भेजे गए बिलों की पुष्टि कर सके और वापस आए मेल ढूँढ सके, इसके लिए: Gmail में IMAP चालू करें (Settings &gt; See all settings &gt; Forwarding and POP/IMAP), App Password से साइन इन करें, और मेलबॉक्स का सर्वर और पोर्ट जाँचें।</translation>
    </message>
    <message>
        <source>For SMTP Desk to confirm sent bills and find bounces: ask your IT person to allow IMAP for this mailbox (Microsoft 365 admin center &gt; Users &gt; Mail &gt; Manage email apps), and check the mailbox&apos;s server and port.</source>
        <translation>SMTP Desk भेजे गए बिलों की पुष्टि कर सके और वापस आए मेल ढूँढ सके, इसके लिए: अपने IT सहायक से इस मेलबॉक्स के लिए IMAP की अनुमति देने को कहें (Microsoft 365 admin center &gt; Users &gt; Mail &gt; Manage email apps), और मेलबॉक्स का सर्वर और पोर्ट जाँचें।</translation>
    </message>
    <message>
        <source>For SMTP Desk to confirm sent bills and find bounces: turn on IMAP access in the mail settings, sign in with the App Password, and check the mailbox&apos;s server and port.</source>
        <translation>SMTP Desk भेजे गए बिलों की पुष्टि कर सके और वापस आए मेल ढूँढ सके, इसके लिए: मेल की सेटिंग्स में IMAP एक्सेस चालू करें, App Password से साइन इन करें, और मेलबॉक्स का सर्वर और पोर्ट जाँचें।</translation>
    </message>
    <message>
        <source>For SMTP Desk to confirm sent bills and find bounces: check the mailbox&apos;s server, port and security in Email Credentials (your mail provider&apos;s help page lists them), and that IMAP is turned on for the account.</source>
        <translation>SMTP Desk भेजे गए बिलों की पुष्टि कर सके और वापस आए मेल ढूँढ सके, इसके लिए: ईमेल खाता विवरण में मेलबॉक्स का सर्वर, पोर्ट और सुरक्षा जाँचें (ये आपके ईमेल प्रदाता के सहायता पेज पर दिए होते हैं), और देखें कि खाते के लिए IMAP चालू है।</translation>
    </message>
    <message>
        <source>For SMTP Desk to confirm sent bills and find bounces: sign in again when asked (reading mail needs its own consent), make sure IMAP is allowed for the mailbox, and check the mailbox&apos;s server and port.</source>
        <translation>SMTP Desk भेजे गए बिलों की पुष्टि कर सके और वापस आए मेल ढूँढ सके, इसके लिए: कहा जाए तो दोबारा साइन इन करें (मेल पढ़ने के लिए अलग से सहमति चाहिए), पक्का करें कि मेलबॉक्स के लिए IMAP की अनुमति है, और मेलबॉक्स का सर्वर और पोर्ट जाँचें।</translation>
    </message>
    <message>
        <source>the mailbox server {where} did not answer within {seconds} s</source>
        <translation>मेलबॉक्स सर्वर {where} ने {seconds} सेकंड में जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>the mailbox could not be read</source>
        <translation>मेलबॉक्स पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>signed in to {host}; sent mail is kept in “{folder}”</source>
        <translation>{host} में साइन इन हुआ; भेजे गए मेल “{folder}” में रखे जाते हैं</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Data folder: {folder}</source>
        <translation>डेटा फ़ोल्डर: {folder}</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>तैयार।</translation>
    </message>
    <message>
        <source>The language changes when SMTP Desk starts again.</source>
        <translation>SMTP Desk दोबारा शुरू होने पर भाषा बदलेगी।</translation>
    </message>
    <message>
        <source>Close SMTP Desk and open it again to see it in {language}.</source>
        <translation>SMTP Desk को {language} में देखने के लिए इसे बंद करके फिर से खोलें।</translation>
    </message>
    <message>
        <source>Message Wording</source>
        <translation>संदेश की इबारत</translation>
    </message>
    <message>
        <source> — PRACTICE (no real email leaves this PC)</source>
        <translation> — अभ्यास (कोई असली ईमेल इस PC से बाहर नहीं जाता)</translation>
    </message>
    <message>
        <source>That society is already open.</source>
        <translation>वह सोसायटी पहले से खुली है।</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>मेलबॉक्स पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Reading the mailbox for bounces…</source>
        <translation>वापस आए मेल के लिए मेलबॉक्स पढ़ा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>member_reasons</name>
    <message>
        <source>press Retry failed later; if it keeps happening, run Test connection on the Email Credentials page</source>
        <translation>कुछ देर बाद “विफल फिर भेजें” दबाएँ; बार-बार ऐसा हो तो “ईमेल खाता विवरण” पेज पर “कनेक्शन जाँचें” चलाएँ</translation>
    </message>
    <message>
        <source>The provider refused {flat}&apos;s address {address} as invalid</source>
        <translation>प्रदाता ने {flat} का पता {address} अमान्य बताकर अस्वीकार किया</translation>
    </message>
    <message>
        <source>correct the member&apos;s email and send again</source>
        <translation>सदस्य का ईमेल ठीक करें और फिर से भेजें</translation>
    </message>
    <message>
        <source>{flat}&apos;s address {address} is not a valid email address, so SMTP Desk did not send to it</source>
        <translation>{flat} का पता {address} सही ईमेल पता नहीं है, इसलिए SMTP Desk ने उस पर नहीं भेजा</translation>
    </message>
    <message>
        <source>The mailbox {address} of flat {flat} does not exist or is closed</source>
        <translation>फ्लैट {flat} का मेलबॉक्स {address} मौजूद नहीं है या बंद है</translation>
    </message>
    <message>
        <source>check the address with the member, correct it and send again</source>
        <translation>सदस्य से पता जाँच लें, ठीक करें और फिर से भेजें</translation>
    </message>
    <message>
        <source>{flat}&apos;s mailbox {address} is full</source>
        <translation>{flat} का मेलबॉक्स {address} भर गया है</translation>
    </message>
    <message>
        <source>ask the member to make room, then press Retry failed</source>
        <translation>सदस्य से मेलबॉक्स में जगह बनाने को कहें, फिर “विफल फिर भेजें” दबाएँ</translation>
    </message>
    <message>
        <source>The provider refused {flat}&apos;s address {address}</source>
        <translation>प्रदाता ने {flat} का पता {address} अस्वीकार किया</translation>
    </message>
    <message>
        <source>{flat}&apos;s address {address} has letters outside plain English, which the provider&apos;s server does not accept</source>
        <translation>{flat} के पते {address} में सामान्य अंग्रेज़ी से बाहर के अक्षर हैं, जिन्हें प्रदाता का सर्वर स्वीकार नहीं करता</translation>
    </message>
    <message>
        <source>ask the member for another address</source>
        <translation>सदस्य से दूसरा पता माँगें</translation>
    </message>
    <message>
        <source>{flat}&apos;s message is larger than the provider accepts</source>
        <translation>{flat} का संदेश प्रदाता की स्वीकार्य सीमा से बड़ा है</translation>
    </message>
    <message>
        <source>make the PDF smaller (fewer pages, a smaller logo), then press Retry failed</source>
        <translation>PDF छोटा करें (कम पेज, छोटा लोगो), फिर “विफल फिर भेजें” दबाएँ</translation>
    </message>
    <message>
        <source>The provider refused the message to {flat} by its rules</source>
        <translation>प्रदाता ने अपने नियमों के कारण {flat} को जाने वाला संदेश अस्वीकार किया</translation>
    </message>
    <message>
        <source>send from the signed-in account&apos;s own address; if it keeps happening, ask the provider why, quoting its reply from the details</source>
        <translation>साइन इन किए गए खाते के अपने पते से भेजें; बार-बार ऐसा हो तो विवरण में दिया उसका उत्तर बताकर प्रदाता से कारण पूछें</translation>
    </message>
    <message>
        <source>{flat}&apos;s document could not be made</source>
        <translation>{flat} का दस्तावेज़ नहीं बन सका</translation>
    </message>
    <message>
        <source>fix the member&apos;s details (for example a field too long for the page) and send again; the other members are not held up</source>
        <translation>सदस्य का विवरण ठीक करें (जैसे पेज के लिए बहुत लंबा कोई फ़ील्ड) और फिर से भेजें; बाकी सदस्य नहीं रुकते</translation>
    </message>
    <message>
        <source>{flat}&apos;s document is no longer in the register</source>
        <translation>{flat} का दस्तावेज़ अब रजिस्टर में नहीं है</translation>
    </message>
    <message>
        <source>import it again if it should still be sent</source>
        <translation>अगर इसे अब भी भेजना है तो फिर से आयात करें</translation>
    </message>
    <message>
        <source>{flat}&apos;s imported PDF file is missing from the data folder</source>
        <translation>{flat} की आयात की गई PDF फ़ाइल डेटा फ़ोल्डर में नहीं है</translation>
    </message>
    <message>
        <source>import the PDF folder again on the Members page, then send again</source>
        <translation>“सदस्य और दस्तावेज़” पेज पर PDF फ़ोल्डर फिर से आयात करें, फिर दोबारा भेजें</translation>
    </message>
    <message>
        <source>The provider asked to try again later</source>
        <translation>प्रदाता ने बाद में फिर कोशिश करने को कहा</translation>
    </message>
    <message>
        <source>press Retry failed later</source>
        <translation>कुछ देर बाद “विफल फिर भेजें” दबाएँ</translation>
    </message>
    <message>
        <source>The provider did not answer in time while sending to {flat}</source>
        <translation>{flat} को भेजते समय प्रदाता ने समय पर उत्तर नहीं दिया</translation>
    </message>
    <message>
        <source>The connection to the provider broke while sending to {flat}</source>
        <translation>{flat} को भेजते समय प्रदाता से कनेक्शन टूट गया</translation>
    </message>
    <message>
        <source>The provider refused the message to {flat} (the server&apos;s reply is in the details)</source>
        <translation>प्रदाता ने {flat} को जाने वाला संदेश अस्वीकार किया (सर्वर का उत्तर विवरण में है)</translation>
    </message>
    <message>
        <source>if the reply is unclear, send it to your provider; then press Retry failed</source>
        <translation>उत्तर स्पष्ट न हो तो उसे अपने प्रदाता को भेजें; फिर “विफल फिर भेजें” दबाएँ</translation>
    </message>
    <message>
        <source>Sending to {flat} failed for a reason SMTP Desk does not recognise (see the details)</source>
        <translation>{flat} को भेजना ऐसे कारण से विफल हुआ जिसे SMTP Desk पहचान नहीं पाया (विवरण देखें)</translation>
    </message>
    <message>
        <source>press Retry failed; if it happens again, send the details to whoever looks after SMTP Desk</source>
        <translation>“विफल फिर भेजें” दबाएँ; फिर से ऐसा हो तो विवरण SMTP Desk की देखभाल करने वाले को भेजें</translation>
    </message>
    <message>
        <source>{flat} was not sent and the run stopped: {problem}; {action}.</source>
        <translation>{flat} को नहीं भेजा गया और भेजना रुक गया: {problem}; {action}।</translation>
    </message>
    <message>
        <source>The provider&apos;s daily sending limit was reached before {flat} was sent: {action}.</source>
        <translation>{flat} को भेजने से पहले ही प्रदाता की दैनिक सीमा पूरी हो गई: {action}।</translation>
    </message>
    <message>
        <source>{flat} was not sent: {problem}; {action}.</source>
        <translation>{flat} को नहीं भेजा गया: {problem}; {action}।</translation>
    </message>
    <message>
        <source>{happened}; SMTP Desk will try again automatically.</source>
        <translation>{happened}; SMTP Desk अपने-आप फिर से कोशिश करेगा।</translation>
    </message>
    <message>
        <source>{happened}; SMTP Desk will try {flat} again automatically.</source>
        <translation>{happened}; SMTP Desk {flat} को अपने-आप फिर से भेजने की कोशिश करेगा।</translation>
    </message>
    <message>
        <source>The provider kept asking to try again later ({attempts} tries), so {flat} was not sent</source>
        <translation>प्रदाता बार-बार बाद में कोशिश करने को कहता रहा ({attempts} प्रयास), इसलिए {flat} को नहीं भेजा गया</translation>
    </message>
    <message>
        <source>The provider asked to try again later, so {flat} was not sent</source>
        <translation>प्रदाता ने बाद में कोशिश करने को कहा, इसलिए {flat} को नहीं भेजा गया</translation>
    </message>
    <message>
        <source>{happened} ({attempts} tries)</source>
        <translation>{happened} ({attempts} प्रयास)</translation>
    </message>
    <message>
        <source>{happened}: {action}.</source>
        <translation>{happened}: {action}।</translation>
    </message>
</context>
<context>
    <name>members_page</name>
    <message>
        <source>members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>bills</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>रसीदें</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>सदस्य आयात करें</translation>
    </message>
    <message>
        <source>Import bills</source>
        <translation>बिल आयात करें</translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation>रसीदें आयात करें</translation>
    </message>
    <message>
        <source>Save the members template</source>
        <translation>सदस्यों का टेम्पलेट सहेजें</translation>
    </message>
    <message>
        <source>Save the bills template</source>
        <translation>बिलों का टेम्पलेट सहेजें</translation>
    </message>
    <message>
        <source>Save the receipts template</source>
        <translation>रसीदों का टेम्पलेट सहेजें</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>रसीद</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Import &amp;members…</source>
        <translation>सदस्य आयात करें (&amp;M)…</translation>
    </message>
    <message>
        <source>Import &amp;bills…</source>
        <translation>बिल आयात करें (&amp;B)…</translation>
    </message>
    <message>
        <source>Import &amp;receipts…</source>
        <translation>रसीदें आयात करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Import &amp;PDF folder…</source>
        <translation>PDF फ़ोल्डर आयात करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Save a template…</source>
        <translation>टेम्पलेट सहेजें…</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>टेम्पलेट सहेजें</translation>
    </message>
    <message>
        <source>P&amp;eriod (bills without a Period column, PDFs):</source>
        <translation>अवधि (Period कॉलम के बिना बिल, PDF) (&amp;E):</translation>
    </message>
    <message>
        <source>PDFs are</source>
        <translation>PDF का प्रकार</translation>
    </message>
    <message>
        <source>Kind of the PDFs</source>
        <translation>PDF का प्रकार</translation>
    </message>
    <message>
        <source>Drop a CSV or Excel file, or a folder of PDFs, here — or use the buttons.</source>
        <translation>CSV या Excel फ़ाइल, या PDF का फ़ोल्डर यहाँ खींचकर छोड़ें — या बटनों का उपयोग करें।</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>समस्याएँ कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Members &amp;amp; Documents&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;सदस्य और दस्तावेज़&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Check the period: {problem}</source>
        <translation>अवधि जाँचें: {problem}</translation>
    </message>
    <message>
        <source>give the period of the PDFs (YYYY-MM)</source>
        <translation>PDF की अवधि दें (YYYY-MM)</translation>
    </message>
    <message>
        <source>Enter the period of the PDFs first.</source>
        <translation>पहले PDF की अवधि भरें।</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} आयात हो रहा है…</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly; nothing was imported. Details are in the log.</source>
        <translation>आयात अचानक रुक गया; कुछ भी आयात नहीं हुआ। विवरण लॉग में है।</translation>
    </message>
    <message>
        <source>Replace bills?</source>
        <translation>बिल बदलें?</translation>
    </message>
    <message>
        <source>Bills for {periods} were imported before. Replace them with this file? (Bills already sent are not affected.)</source>
        <translation>{periods} के बिल पहले आयात किए जा चुके हैं। क्या उन्हें इस फ़ाइल से बदलें? (पहले से भेजे गए बिलों पर असर नहीं पड़ेगा।)</translation>
    </message>
    <message>
        <source>Folder of ready PDFs</source>
        <translation>तैयार PDF का फ़ोल्डर</translation>
    </message>
    <message>
        <source>Registers (*.csv *.xlsx *.txt)</source>
        <translation>रजिस्टर (*.csv *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>months</name>
    <message>
        <source>January</source>
        <translation>जनवरी</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फ़रवरी</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>April</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>July</source>
        <translation>जुलाई</translation>
    </message>
    <message>
        <source>August</source>
        <translation>अगस्त</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सितंबर</translation>
    </message>
    <message>
        <source>October</source>
        <translation>अक्टूबर</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नवंबर</translation>
    </message>
    <message>
        <source>December</source>
        <translation>दिसंबर</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>जन॰</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>फ़र॰</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>जुल॰</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>अग॰</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>सित॰</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>अक्तू॰</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>नव॰</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>दिस॰</translation>
    </message>
</context>
<context>
    <name>oauth</name>
    <message>
        <source>Signed in to {service} as {user} (token valid for {minutes} min; it is renewed automatically).</source>
        <translation>{service} में {user} के रूप में साइन इन हो गया (टोकन {minutes} मिनट के लिए वैध; यह अपने-आप नवीनीकृत होता है)।</translation>
    </message>
    <message>
        <source>Signing in also lets SMTP Desk read the Sent folder to confirm bills.</source>
        <translation>साइन इन से SMTP Desk बिलों की पुष्टि के लिए Sent फ़ोल्डर भी पढ़ सकता है।</translation>
    </message>
    <message>
        <source>Signed in for sending only: the bills can be sent, but the Sent folder cannot be read to confirm them until reading the mailbox is approved too (for your IT admin: IMAP.AccessAsUser.All).</source>
        <translation>केवल भेजने के लिए साइन इन हुआ: बिल भेजे जा सकते हैं, लेकिन जब तक मेलबॉक्स पढ़ने की भी मंज़ूरी नहीं मिलती, तब तक उनकी पुष्टि के लिए Sent फ़ोल्डर पढ़ा नहीं जा सकता (आपके IT प्रशासक के लिए: IMAP.AccessAsUser.All)।</translation>
    </message>
    <message>
        <source>Your organisation does not let SMTP Desk read the mailbox, so this sign-in was refused; sending works once you sign in again, because SMTP Desk will then ask only to send.</source>
        <translation>आपका संगठन SMTP Desk को मेलबॉक्स पढ़ने नहीं देता, इसलिए यह साइन-इन अस्वीकार हुआ; दोबारा साइन इन करने पर भेजना काम करेगा, क्योंकि तब SMTP Desk केवल भेजने की अनुमति माँगेगा।</translation>
    </message>
    <message>
        <source>Sign in again with a new code (Email Credentials &gt; Use a code instead, or smtp-desk signin). To let SMTP Desk also confirm bills from the Sent folder, ask your IT admin to approve IMAP.AccessAsUser.All for {service} sign-in.</source>
        <translation>नए कोड से दोबारा साइन इन करें (ईमेल खाता विवरण &gt; इसके बजाय कोड इस्तेमाल करें, या smtp-desk signin)। SMTP Desk Sent फ़ोल्डर से बिलों की पुष्टि भी कर सके, इसके लिए अपने IT प्रशासक से {service} साइन-इन के लिए IMAP.AccessAsUser.All को मंज़ूरी देने को कहें।</translation>
    </message>
    <message>
        <source>Sign in again (System Tools &gt; Email Credentials &gt; Sign in) to let SMTP Desk read the Sent folder; if your IT admin approved only SMTP.Send, ask them to also approve IMAP.AccessAsUser.All</source>
        <translation>SMTP Desk Sent फ़ोल्डर पढ़ सके, इसके लिए दोबारा साइन इन करें (सिस्टम टूल्स &gt; ईमेल खाता विवरण &gt; साइन इन); अगर आपके IT प्रशासक ने केवल SMTP.Send को मंज़ूरी दी है, तो उनसे IMAP.AccessAsUser.All को भी मंज़ूरी देने को कहें</translation>
    </message>
    <message>
        <source>Sign in again (System Tools &gt; Email Credentials &gt; Sign in) to let SMTP Desk read the Sent folder</source>
        <translation>SMTP Desk Sent फ़ोल्डर पढ़ सके, इसके लिए दोबारा साइन इन करें (सिस्टम टूल्स &gt; ईमेल खाता विवरण &gt; साइन इन)</translation>
    </message>
</context>
<context>
    <name>oauth_apps</name>
    <message>
        <source>The tenant is &apos;organizations&apos; (work accounts), &apos;consumers&apos; (Outlook.com), &apos;common&apos;, the organisation&apos;s tenant ID (a GUID) or its domain (yoursociety.in).</source>
        <translation>टेनेंट &apos;organizations&apos; (काम वाले खाते), &apos;consumers&apos; (Outlook.com), &apos;common&apos;, संस्था का tenant ID (GUID) या उसका डोमेन (yoursociety.in) में से एक होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>oauth_problems</name>
    <message>
        <source>the sign-in has expired or was withdrawn: sign in again</source>
        <translation>साइन-इन की अवधि समाप्त हो गई या उसे वापस ले लिया गया: दोबारा साइन इन करें</translation>
    </message>
    <message>
        <source>an administrator must approve SMTP Desk for this organisation</source>
        <translation>इस संगठन के लिए प्रशासक को SMTP Desk को मंज़ूरी देनी होगी</translation>
    </message>
    <message>
        <source>the account used to sign in does not fit this sign-in</source>
        <translation>साइन इन के लिए इस्तेमाल किया गया खाता इस साइन-इन से मेल नहीं खाता</translation>
    </message>
    <message>
        <source>the app registration is not set up for SMTP Desk</source>
        <translation>ऐप पंजीकरण SMTP Desk के लिए सेट नहीं है</translation>
    </message>
    <message>
        <source>the sign-in was declined, cancelled or not finished in time</source>
        <translation>साइन-इन अस्वीकार हुआ, रद्द हुआ या समय पर पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>the sign-in service could not be reached</source>
        <translation>साइन-इन सेवा तक पहुँच नहीं हो सकी</translation>
    </message>
    <message>
        <source>the sign-in service is having trouble just now</source>
        <translation>साइन-इन सेवा में अभी दिक्कत है</translation>
    </message>
    <message>
        <source>{service} sign-in: {problem}</source>
        <translation>{service} साइन-इन: {problem}</translation>
    </message>
    <message>
        <source>the {service} sign-in service is having trouble just now</source>
        <translation>{service} साइन-इन सेवा में अभी दिक्कत है</translation>
    </message>
    <message>
        <source>the {service} sign-in service could not be reached</source>
        <translation>{service} साइन-इन सेवा तक पहुँच नहीं हो सकी</translation>
    </message>
</context>
<context>
    <name>preset_table</name>
    <message>
        <source>your full email address</source>
        <translation>आपका पूरा ईमेल पता</translation>
    </message>
    <message>
        <source>password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Zoho limits external mail to roughly 50–500 messages an hour, by plan (approximate).</source>
        <translation>Zoho बाहर जाने वाले ईमेल को प्लान के अनुसार लगभग 50–500 संदेश प्रति घंटा तक सीमित रखता है (अनुमानित)।</translation>
    </message>
    <message>
        <source>Zoho accepts only the account address or one of its aliases as From.</source>
        <translation>Zoho केवल खाते का पता या उसका कोई उपनाम (alias) पता ही From के रूप में स्वीकार करता है।</translation>
    </message>
    <message>
        <source>letters and digits</source>
        <translation>अक्षर और अंक</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>अक्षर</translation>
    </message>
    <message>
        <source>application-specific password</source>
        <translation>एप्लिकेशन-विशिष्ट पासवर्ड</translation>
    </message>
    <message>
        <source>the domain&apos;s SMTP login, e.g. postmaster@mg.yoursociety.in</source>
        <translation>डोमेन का SMTP लॉगिन, जैसे postmaster@mg.yoursociety.in</translation>
    </message>
    <message>
        <source>SMTP credential password (not the dashboard password)</source>
        <translation>SMTP credential पासवर्ड (डैशबोर्ड का पासवर्ड नहीं)</translation>
    </message>
    <message>
        <source>Mailgun&apos;s limit depends on the plan.</source>
        <translation>Mailgun की सीमा प्लान पर निर्भर करती है।</translation>
    </message>
    <message>
        <source>16-letter App Password</source>
        <translation>16 अक्षरों वाला App Password</translation>
    </message>
    <message>
        <source>Gmail replaces a From address that is not this account (or one of its verified &apos;Send mail as&apos; addresses) with the account address.</source>
        <translation>अगर From पता यह खाता (या इसका कोई सत्यापित &apos;Send mail as&apos; पता) नहीं है, तो Gmail उसे खाते के पते से बदल देता है।</translation>
    </message>
    <message>
        <source>A free Gmail account sends about 500 emails a day.</source>
        <translation>मुफ़्त Gmail खाता एक दिन में लगभग 500 ईमेल भेजता है।</translation>
    </message>
    <message>
        <source>Gmail accepts only an App Password here, not your normal Gmail password. Turn on 2-Step Verification for the account, then create an App Password (16 letters, shown as four groups of four) and paste it below.</source>
        <translation>यहाँ Gmail केवल App Password स्वीकार करता है, आपका सामान्य Gmail पासवर्ड नहीं। खाते के लिए 2-Step Verification चालू करें, फिर App Password बनाएँ (16 अक्षर, चार-चार के चार समूहों में दिखते हैं) और उसे नीचे पेस्ट करें।</translation>
    </message>
    <message>
        <source>your full Workspace address</source>
        <translation>आपका पूरा Workspace पता</translation>
    </message>
    <message>
        <source>Google replaces a From address that is not this account (or one of its verified &apos;Send mail as&apos; addresses) with the account address.</source>
        <translation>अगर From पता यह खाता (या इसका कोई सत्यापित &apos;Send mail as&apos; पता) नहीं है, तो Google उसे खाते के पते से बदल देता है।</translation>
    </message>
    <message>
        <source>Google Workspace allows 2,000 emails a day (500 during the trial), counted over a rolling 24 hours; going over blocks sending for up to a day.</source>
        <translation>Google Workspace एक दिन में 2,000 ईमेल भेजने देता है (ट्रायल में 500), पिछले 24 घंटों में गिनकर; सीमा पार करने पर एक दिन तक भेजना बंद हो जाता है।</translation>
    </message>
    <message>
        <source>Gmail accepts only an App Password here, not your normal Gmail password. Turn on 2-Step Verification for the account, then create an App Password (16 letters, shown as four groups of four) and paste it below. Your Workspace administrator must allow App Passwords.</source>
        <translation>यहाँ Gmail केवल App Password स्वीकार करता है, आपका सामान्य Gmail पासवर्ड नहीं। खाते के लिए 2-Step Verification चालू करें, फिर App Password बनाएँ (16 अक्षर, चार-चार के चार समूहों में दिखते हैं) और उसे नीचे पेस्ट करें। आपके Workspace व्यवस्थापक को App Passwords की अनुमति देनी होगी।</translation>
    </message>
    <message>
        <source>the full mailbox address</source>
        <translation>मेलबॉक्स का पूरा पता</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses a From address other than the mailbox unless the mailbox has &apos;Send As&apos; permission for it (554 5.2.0 SendAsDenied).</source>
        <translation>जब तक मेलबॉक्स को &apos;Send As&apos; अनुमति न हो, Microsoft 365 मेलबॉक्स के अलावा कोई दूसरा From पता अस्वीकार कर देता है (554 5.2.0 SendAsDenied)।</translation>
    </message>
    <message>
        <source>Microsoft 365 allows 30 emails a minute and 10,000 recipients a day; port 587 with STARTTLS only (465 is not offered).</source>
        <translation>Microsoft 365 प्रति मिनट 30 ईमेल और प्रति दिन 10,000 प्राप्तकर्ताओं की अनुमति देता है; केवल पोर्ट 587, STARTTLS के साथ (465 उपलब्ध नहीं है)।</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (the society&apos;s IT person registers SMTP Desk once in Microsoft Entra) and ask the IT administrator to turn on &apos;Authenticated SMTP&apos; for this mailbox; it is off in new tenants and under Security Defaults.</source>
        <translation>Sign in with Microsoft का उपयोग करें (सोसायटी का IT व्यक्ति SMTP Desk को Microsoft Entra में एक बार पंजीकृत करता है) और IT व्यवस्थापक से इस मेलबॉक्स के लिए &apos;Authenticated SMTP&apos; चालू करने को कहें; नए tenant में और Security Defaults के तहत यह बंद रहता है।</translation>
    </message>
    <message>
        <source>5,000 recipients a day for Microsoft 365 subscribers; less for free accounts.</source>
        <translation>Microsoft 365 सब्सक्राइबर के लिए प्रति दिन 5,000 प्राप्तकर्ता; मुफ़्त खातों के लिए कम।</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail addresses, with Sign in with Microsoft (a personal Microsoft account: tenant &apos;consumers&apos;).</source>
        <translation>Outlook.com और Hotmail पतों के लिए, Sign in with Microsoft के साथ (निजी Microsoft खाता: tenant &apos;consumers&apos;)।</translation>
    </message>
    <message>
        <source>Use the full Zoho address as user ID. If two-factor sign-in is on, create an application-specific password (12 letters and digits) in Zoho Accounts &gt; Security and use it here. From must be this account or one of its aliases. Paid organisation accounts use smtppro.zoho.in.</source>
        <translation>User ID के रूप में पूरा Zoho पता लिखें। अगर टू-फ़ैक्टर साइन इन चालू है, तो Zoho Accounts &gt; Security में एप्लिकेशन-विशिष्ट पासवर्ड (12 अक्षर और अंक) बनाएँ और उसे यहाँ उपयोग करें। From यही खाता या इसका कोई उपनाम (alias) पता होना चाहिए। सशुल्क संगठन खाते smtppro.zoho.in का उपयोग करते हैं।</translation>
    </message>
    <message>
        <source>Use the full Zoho address as user ID. If two-factor sign-in is on, create an application-specific password (12 letters and digits) in Zoho Accounts &gt; Security and use it here. From must be this account or one of its aliases. Paid organisation accounts use smtppro.zoho.com.</source>
        <translation>User ID के रूप में पूरा Zoho पता लिखें। अगर टू-फ़ैक्टर साइन इन चालू है, तो Zoho Accounts &gt; Security में एप्लिकेशन-विशिष्ट पासवर्ड (12 अक्षर और अंक) बनाएँ और उसे यहाँ उपयोग करें। From यही खाता या इसका कोई उपनाम (alias) पता होना चाहिए। सशुल्क संगठन खाते smtppro.zoho.com का उपयोग करते हैं।</translation>
    </message>
    <message>
        <source>16-letter app password</source>
        <translation>16 अक्षरों वाला App Password</translation>
    </message>
    <message>
        <source>Yahoo sends only as this account.</source>
        <translation>Yahoo केवल इसी खाते के नाम से भेजता है।</translation>
    </message>
    <message>
        <source>Yahoo does not publish its sending limits.</source>
        <translation>Yahoo अपनी भेजने की सीमाएँ प्रकाशित नहीं करता।</translation>
    </message>
    <message>
        <source>Yahoo needs an app password: Account Security &gt; Generate app password (16 letters). Your normal Yahoo password will be refused.</source>
        <translation>Yahoo के लिए App Password चाहिए: Account Security &gt; Generate app password (16 अक्षर)। आपका सामान्य Yahoo पासवर्ड अस्वीकार कर दिया जाएगा।</translation>
    </message>
    <message>
        <source>the SES SMTP user name for this region</source>
        <translation>इस region के लिए SES SMTP यूज़र नाम</translation>
    </message>
    <message>
        <source>SES SMTP password (not the AWS secret key)</source>
        <translation>SES SMTP पासवर्ड (AWS secret key नहीं)</translation>
    </message>
    <message>
        <source>A new SES account (sandbox) sends 200 emails a day, 1 a second, only to verified addresses; raise these limits here once AWS grants production access.</source>
        <translation>नया SES खाता (sandbox) एक दिन में 200 ईमेल, प्रति सेकंड 1, केवल सत्यापित पतों पर भेजता है; AWS से production access मिलने पर ये सीमाएँ यहाँ बढ़ाएँ।</translation>
    </message>
    <message>
        <source>Create SMTP credentials in the SES console of the chosen region; they differ per region. The From address or its domain must be verified in SES.</source>
        <translation>चुने गए region के SES console में SMTP credentials बनाएँ; ये हर region के लिए अलग होते हैं। From पता या उसका डोमेन SES में सत्यापित होना चाहिए।</translation>
    </message>
    <message>
        <source>SendGrid API key with Mail Send permission</source>
        <translation>Mail Send अनुमति वाली SendGrid API key</translation>
    </message>
    <message>
        <source>SendGrid&apos;s limit depends on the plan; at most 5,000 messages per connection.</source>
        <translation>SendGrid की सीमा प्लान पर निर्भर करती है; एक कनेक्शन में अधिकतम 5,000 संदेश।</translation>
    </message>
    <message>
        <source>The user ID is literally the word &apos;apikey&apos;. Paste an API key with &apos;Mail Send&apos; permission as the password. The From address must be a verified sender.</source>
        <translation>User ID ठीक &apos;apikey&apos; शब्द ही है। पासवर्ड के रूप में &apos;Mail Send&apos; अनुमति वाली API key पेस्ट करें। From पता सत्यापित प्रेषक (verified sender) होना चाहिए।</translation>
    </message>
    <message>
        <source>Use the SMTP credentials of your sending domain (Sending &gt; Domain settings).</source>
        <translation>अपने भेजने वाले डोमेन के SMTP credentials का उपयोग करें (Sending &gt; Domain settings)।</translation>
    </message>
    <message>
        <source>For domains created in Mailgun&apos;s EU region. Use the SMTP credentials of your sending domain (Sending &gt; Domain settings).</source>
        <translation>Mailgun के EU region में बनाए गए डोमेन के लिए। अपने भेजने वाले डोमेन के SMTP credentials का उपयोग करें (Sending &gt; Domain settings)।</translation>
    </message>
    <message>
        <source>the SMTP login shown in Brevo&apos;s SMTP &amp; API settings</source>
        <translation>Brevo की SMTP &amp; API सेटिंग्स में दिखने वाला SMTP लॉगिन</translation>
    </message>
    <message>
        <source>SMTP key (not the API key)</source>
        <translation>SMTP key (API key नहीं)</translation>
    </message>
    <message>
        <source>Brevo&apos;s free plan sends 300 emails a day.</source>
        <translation>Brevo का मुफ़्त प्लान एक दिन में 300 ईमेल भेजता है।</translation>
    </message>
    <message>
        <source>In Brevo open SMTP &amp; API &gt; SMTP, copy the login and generate an SMTP key.</source>
        <translation>Brevo में SMTP &amp; API &gt; SMTP खोलें, लॉगिन कॉपी करें और SMTP key बनाएँ।</translation>
    </message>
    <message>
        <source>the server API token</source>
        <translation>सर्वर API token</translation>
    </message>
    <message>
        <source>the same server API token</source>
        <translation>वही सर्वर API token</translation>
    </message>
    <message>
        <source>Postmark allows 10 MB per message; volume depends on the plan.</source>
        <translation>Postmark प्रति संदेश 10 MB तक की अनुमति देता है; संदेशों की संख्या प्लान पर निर्भर करती है।</translation>
    </message>
    <message>
        <source>Paste the server API token as both user ID and password. Port 465 is not offered.</source>
        <translation>सर्वर API token को User ID और पासवर्ड दोनों के रूप में पेस्ट करें। पोर्ट 465 उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Practice (no real email leaves this PC)</source>
        <translation>अभ्यास (कोई असली ईमेल इस PC से बाहर नहीं जाता)</translation>
    </message>
    <message>
        <source>password made for this practice session</source>
        <translation>इस अभ्यास सत्र के लिए बनाया गया पासवर्ड</translation>
    </message>
    <message>
        <source>No limits: messages stay in the test inbox on this PC.</source>
        <translation>कोई सीमा नहीं: संदेश इसी PC के टेस्ट इनबॉक्स में रहते हैं।</translation>
    </message>
    <message>
        <source>SMTP Desk&apos;s own mail server: every message is kept in the test inbox (Send &gt; Test Inbox) and nothing leaves this PC. Use it to learn the month-end routine; File &gt; Practice Mode switches between practice and real work.</source>
        <translation>SMTP Desk का अपना मेल सर्वर: हर संदेश टेस्ट इनबॉक्स में रखा जाता है (भेजें &gt; टेस्ट इनबॉक्स) और कुछ भी इस PC से बाहर नहीं जाता। महीने के अंत का काम सीखने के लिए इसका उपयोग करें; फ़ाइल &gt; अभ्यास मोड से अभ्यास और असली काम के बीच बदला जा सकता है।</translation>
    </message>
    <message>
        <source>Practice only: no member receives anything. It works in practice mode (File &gt; Practice Mode); for real work choose your provider.</source>
        <translation>केवल अभ्यास के लिए: किसी सदस्य को कुछ नहीं मिलता। यह अभ्यास मोड में चलता है (फ़ाइल &gt; अभ्यास मोड); असली काम के लिए अपना प्रदाता चुनें।</translation>
    </message>
    <message>
        <source>Custom (society&apos;s own server)</source>
        <translation>कस्टम (सोसायटी का अपना सर्वर)</translation>
    </message>
    <message>
        <source>as given by whoever runs the mail server</source>
        <translation>मेल सर्वर चलाने वाले ने जैसा दिया हो</translation>
    </message>
    <message>
        <source>No limits are assumed; set them if your provider has any.</source>
        <translation>कोई सीमा मानी नहीं गई है; अगर आपके प्रदाता की कोई सीमा है तो उसे भरें।</translation>
    </message>
    <message>
        <source>Enter the server your provider or web host gave you, e.g. mail.yoursociety.in. Port 587 uses STARTTLS and 465 uses SSL/TLS; port 25 is often blocked by internet providers.</source>
        <translation>अपने प्रदाता या वेब होस्ट का दिया हुआ सर्वर लिखें, जैसे mail.yoursociety.in। पोर्ट 587 STARTTLS और 465 SSL/TLS का उपयोग करता है; पोर्ट 25 अक्सर इंटरनेट प्रदाताओं द्वारा बंद रहता है।</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>पूर्वावलोकन तैयार हो रहा है…</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>पेज {number}</translation>
    </message>
    <message>
        <source>{count} page(s).</source>
        <translation>कुल पेज: {count}।</translation>
    </message>
    <message>
        <source>The preview could not be made: {error}</source>
        <translation>पूर्वावलोकन नहीं बन सका: {error}</translation>
    </message>
    <message>
        <source>{subject} — to {addresses}</source>
        <translation>{subject} — प्रति {addresses}</translation>
    </message>
</context>
<context>
    <name>recipients_table</name>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>फिर कोशिश होगी</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>अपुष्ट</translation>
    </message>
    <message>
        <source>No email — print copy</source>
        <translation>ईमेल नहीं — प्रिंट कॉपी</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>फ्लैट</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Reason / reply</source>
        <translation>कारण / उत्तर</translation>
    </message>
    <message>
        <source>Sent (partly)</source>
        <translation>भेजा गया (आंशिक)</translation>
    </message>
    <message>
        <source>Waiting — {why}</source>
        <translation>प्रतीक्षा में — {why}</translation>
    </message>
    <message>
        <source>Will retry at {time}</source>
        <translation>{time} पर फिर कोशिश</translation>
    </message>
    <message>
        <source>{members} members · {with_email} with email ({two} with two or more) · {print} print copies</source>
        <translation>{members} सदस्य · {with_email} ईमेल वाले ({two} दो या अधिक ईमेल वाले) · {print} प्रिंट कॉपी</translation>
    </message>
    <message>
        <source>&lt;br&gt;⚠ {count} address(es) belong to more than one member (e.g. {address}); each member still gets their own message.</source>
        <translation>&lt;br&gt;⚠ {count} पते एक से अधिक सदस्यों के हैं (जैसे {address}); फिर भी हर सदस्य को उसका अलग संदेश मिलेगा।</translation>
    </message>
    <message>
        <source>Delivered, but not to {addresses}: correct it on the Members page.</source>
        <translation>पहुँच गया, पर {addresses} पर नहीं: “सदस्य और दस्तावेज़” पेज पर ठीक करें।</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>प्रदाता ने स्वीकार किया</translation>
    </message>
    <message>
        <source>Details: {reply}</source>
        <translation>विवरण: {reply}</translation>
    </message>
    <message>
        <source>Not to {address}: {reply}</source>
        <translation>{address} पर नहीं: {reply}</translation>
    </message>
</context>
<context>
    <name>register_tables</name>
    <message>
        <source>All members</source>
        <translation>सभी सदस्य</translation>
    </message>
    <message>
        <source>No email — print copy</source>
        <translation>ईमेल नहीं — प्रिंट कॉपी</translation>
    </message>
    <message>
        <source>Two or more emails</source>
        <translation>दो या अधिक ईमेल</translation>
    </message>
    <message>
        <source>Address refused by the provider</source>
        <translation>प्रदाता द्वारा अस्वीकृत पता</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>फ्लैट</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>no email — print copy</source>
        <translation>ईमेल नहीं — प्रिंट कॉपी</translation>
    </message>
    <message>
        <source>⚠ the provider refused {addresses}: correct the address (the reply is in History)</source>
        <translation>⚠ प्रदाता ने {addresses} अस्वीकार किया: पता ठीक करें (उत्तर “इतिहास” में है)</translation>
    </message>
    <message>
        <source>Bills of period</source>
        <translation>अवधि के बिल</translation>
    </message>
    <message>
        <source>Bill No</source>
        <translation>बिल नं.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>ब्याज</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>{count} bills · total payable ₹ {total}</source>
        <translation>{count} बिल · कुल देय ₹ {total}</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>बैकअप बहाल करें</translation>
    </message>
    <message>
        <source>A copy of the register (members, bills, receipts, what was sent) is made before each import and each run; the newest {keep} are kept. Choose the one to go back to; the register as it is now is kept as a backup too.</source>
        <translation>हर आयात और हर भेजने से पहले रजिस्टर (सदस्य, बिल, रसीदें, क्या भेजा गया) की एक प्रति बनाई जाती है; सबसे नई {keep} प्रतियाँ रखी जाती हैं। जिस प्रति पर वापस जाना है उसे चुनें; अभी का रजिस्टर भी बैकअप के रूप में रखा जाता है।</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>कब बना</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>किससे पहले</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>बैकअप, सबसे नया पहले</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>बहाल करें… (&amp;R)</translation>
    </message>
</context>
<context>
    <name>run_lock</name>
    <message>
        <source>the SMTP Desk window (process {pid})</source>
        <translation>SMTP Desk की विंडो (प्रोसेस {pid})</translation>
    </message>
    <message>
        <source>the command line (smtp-desk send, process {pid})</source>
        <translation>कमांड लाइन (smtp-desk send, प्रोसेस {pid})</translation>
    </message>
    <message>
        <source>{who} has been sending {what} since {since}</source>
        <translation>{who} {since} से {what} भेज रही है</translation>
    </message>
    <message>
        <source>{who} has been sending since {since}</source>
        <translation>{who} {since} से भेज रही है</translation>
    </message>
    <message>
        <source>Another sending run is using this data folder. Wait for it to finish, then try again.</source>
        <translation>भेजने का दूसरा काम इस डेटा फ़ोल्डर का उपयोग कर रहा है। उसके पूरा होने तक रुकें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Another sending run is using this data folder: {holder}. Wait for it to finish (or stop it there), then try again.</source>
        <translation>भेजने का दूसरा काम इस डेटा फ़ोल्डर का उपयोग कर रहा है: {holder}। उसके पूरा होने तक रुकें (या उसे वहीं रोकें), फिर दोबारा कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>secret_store</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows Credential Manager</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS Keychain</translation>
    </message>
    <message>
        <source>the desktop keyring (Secret Service)</source>
        <translation>डेस्कटॉप कीरिंग (Secret Service)</translation>
    </message>
    <message>
        <source>the desktop keyring (libsecret)</source>
        <translation>डेस्कटॉप कीरिंग (libsecret)</translation>
    </message>
    <message>
        <source>KDE Wallet</source>
        <translation>KDE Wallet</translation>
    </message>
    <message>
        <source>the password store could not be read</source>
        <translation>पासवर्ड स्टोर पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>the password store refused to save it</source>
        <translation>पासवर्ड स्टोर ने उसे सहेजने से मना कर दिया</translation>
    </message>
    <message>
        <source>this computer has no password store that SMTP Desk can use</source>
        <translation>इस कंप्यूटर पर ऐसा कोई पासवर्ड स्टोर नहीं है जिसे SMTP Desk इस्तेमाल कर सके</translation>
    </message>
    <message>
        <source>Passwords are kept in {store}.</source>
        <translation>पासवर्ड {store} में रखे जाते हैं।</translation>
    </message>
    <message>
        <source>Passwords cannot be saved: {reason}. A password you enter is kept only until SMTP Desk closes, and must be entered again next time.</source>
        <translation>पासवर्ड सहेजे नहीं जा सकते: {reason}। आपका डाला गया पासवर्ड सिर्फ़ SMTP Desk बंद होने तक रखा जाता है, और अगली बार उसे फिर से डालना होगा।</translation>
    </message>
</context>
<context>
    <name>send_notice</name>
    <message>
        <source>Help on this pro&amp;blem</source>
        <translation>इस समस्या पर मदद (&amp;B)</translation>
    </message>
    <message>
        <source>What causes it and how to fix it, to read or to send on</source>
        <translation>यह क्यों होता है और कैसे ठीक करें — पढ़ने या आगे भेजने के लिए</translation>
    </message>
    <message>
        <source>Open &amp;Email Credentials</source>
        <translation>ईमेल खाता विवरण खोलें (&amp;E)</translation>
    </message>
    <message>
        <source>Continue automatically when allowed</source>
        <translation>अनुमति मिलते ही अपने-आप जारी रखें</translation>
    </message>
    <message>
        <source>Keep SMTP Desk open; it goes on by itself at that time.</source>
        <translation>SMTP Desk खुला रखें; उस समय यह अपने-आप आगे बढ़ेगा।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending stopped: {title}.&lt;/b&gt; {cause}&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {action}&lt;br&gt;The {waiting} member(s) not sent yet are waiting; press Start when it is fixed. Nobody will get a second copy.</source>
        <translation>&lt;b&gt;भेजना रुक गया: {title}।&lt;/b&gt; {cause}&lt;br&gt;&lt;b&gt;क्या करें:&lt;/b&gt; {action}&lt;br&gt;अभी तक न भेजे गए {waiting} सदस्य प्रतीक्षा में हैं; ठीक होने पर “शुरू करें” दबाएँ। किसी को दूसरी प्रति नहीं जाएगी।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending stopped: {moved}.&lt;/b&gt; The daily limit is counted by the times in the register, so a wrong clock could send more than the provider allows.&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; check the PC&apos;s date, time and time zone, then press Start. The {waiting} member(s) not sent yet are waiting; nobody will get a second copy.</source>
        <translation>&lt;b&gt;भेजना रुक गया: {moved}।&lt;/b&gt; दैनिक सीमा रजिस्टर में दर्ज समय से गिनी जाती है, इसलिए गलत घड़ी के कारण प्रदाता की अनुमति से ज़्यादा संदेश जा सकते हैं।&lt;br&gt;&lt;b&gt;क्या करें:&lt;/b&gt; PC की तारीख, समय और टाइम ज़ोन जाँचें, फिर “शुरू करें” दबाएँ। अभी तक न भेजे गए {waiting} सदस्य प्रतीक्षा में हैं; किसी को दूसरी प्रति नहीं जाएगी।</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} को {time} बजे</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>कल</translation>
    </message>
    <message>
        <source> ({first} then, the other {rest} over the day after)</source>
        <translation> (तब {first}, बाकी {rest} उसके अगले दिन)</translation>
    </message>
    <message>
        <source> ({first} then, the other {rest} over the {days} days after)</source>
        <translation> (तब {first}, बाकी {rest} उसके बाद के {days} दिनों में)</translation>
    </message>
    <message>
        <source>The provider refused more for now.</source>
        <translation>प्रदाता ने फ़िलहाल और संदेश लेने से मना किया।</translation>
    </message>
    <message>
        <source>The provider allows {daily} a day (learned from its reply).</source>
        <translation>प्रदाता एक दिन में {daily} की अनुमति देता है (उसके उत्तर से पता चला)।</translation>
    </message>
    <message>
        <source>Your account allows {daily} a day.</source>
        <translation>आपका खाता एक दिन में {daily} की अनुमति देता है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daily limit reached.&lt;/b&gt; {later} member(s) wait; they can go from {when}{spread}. {allows} Nobody will get a second copy.</source>
        <translation>&lt;b&gt;दैनिक सीमा पूरी हो गई।&lt;/b&gt; {later} सदस्य प्रतीक्षा में हैं; इन्हें {when} से भेजा जा सकेगा{spread}। {allows} किसी को दूसरी प्रति नहीं जाएगी।</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>एक मिनट से कम समय बाकी</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>लगभग {minutes} मिनट बाकी</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>भेजे गए</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>अपुष्ट</translation>
    </message>
    <message>
        <source>to retry</source>
        <translation>फिर कोशिश के लिए</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>भेजे जा रहे हैं</translation>
    </message>
    <message>
        <source>print copies (no email)</source>
        <translation>प्रिंट कॉपी (ईमेल नहीं)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>वापस लिए गए</translation>
    </message>
    <message>
        <source>Sending stopped: {title}. {counts}.</source>
        <translation>भेजना रुक गया: {title}। {counts}।</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>रुका</translation>
    </message>
    <message>
        <source>Daily limit reached: {counts}. {plan}</source>
        <translation>दैनिक सीमा पूरी हो गई: {counts}। {plan}</translation>
    </message>
    <message>
        <source>Stopped — daily limit</source>
        <translation>रुका — दैनिक सीमा</translation>
    </message>
    <message>
        <source>Sending stopped: {moved}. {counts}. Check the PC&apos;s date and time, then press Start.</source>
        <translation>भेजना रुक गया: {moved}। {counts}। PC की तारीख और समय जाँचें, फिर “शुरू करें” दबाएँ।</translation>
    </message>
    <message>
        <source>Stopped — clock changed</source>
        <translation>रुका — घड़ी बदली</translation>
    </message>
    <message>
        <source>the provider is busy</source>
        <translation>प्रदाता व्यस्त है</translation>
    </message>
    <message>
        <source>Sending stopped: {reason}; the provider kept asking to try again later. {counts}. Press Start in a few minutes.</source>
        <translation>भेजना रुक गया: {reason}; प्रदाता बार-बार बाद में कोशिश करने को कहता रहा। {counts}। कुछ मिनट बाद “शुरू करें” दबाएँ।</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>Paused: {counts}. Press Start to continue.</source>
        <translation>रोका गया: {counts}। जारी रखने के लिए “शुरू करें” दबाएँ।</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <source>Cancelled: {counts}. Nothing is lost: press Start to continue.</source>
        <translation>रद्द किया गया: {counts}। कुछ भी खोया नहीं है: जारी रखने के लिए “शुरू करें” दबाएँ।</translation>
    </message>
    <message>
        <source>Run done: {counts}.</source>
        <translation>भेजना पूरा हुआ: {counts}।</translation>
    </message>
    <message>
        <source> {count} member(s) were sent only at some addresses: see the Members page.</source>
        <translation> {count} सदस्यों को केवल कुछ पतों पर भेजा गया: “सदस्य और दस्तावेज़” पेज देखें।</translation>
    </message>
    <message>
        <source>Done — {count} need attention</source>
        <translation>पूरा — {count} पर ध्यान दें</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
</context>
<context>
    <name>send_page</name>
    <message>
        <source>Document kind</source>
        <translation>दस्तावेज़ का प्रकार</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Pre&amp;pare</source>
        <translation>तैयार करें (&amp;P)</translation>
    </message>
    <message>
        <source>Also send new or changed documents</source>
        <translation>नए या बदले हुए दस्तावेज़ भी भेजें</translation>
    </message>
    <message>
        <source>Pre&amp;view one…</source>
        <translation>एक का पूर्वावलोकन (&amp;V)…</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>शुरू करें (&amp;A)</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>रोकें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Retry fai&amp;led</source>
        <translation>विफल फिर भेजें (&amp;L)</translation>
    </message>
    <message>
        <source>Show only problems</source>
        <translation>केवल समस्याएँ दिखाएँ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Send&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;भेजें&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>तैयार हो रहा है…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot send yet:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;अभी भेजा नहीं जा सकता:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>{recipients}&lt;br&gt;Plan: {plan}</source>
        <translation>{recipients}&lt;br&gt;योजना: {plan}</translation>
    </message>
    <message>
        <source>&lt;br&gt;{count} document(s) are new or changed since this run began; tick the box to send them too.</source>
        <translation>&lt;br&gt;यह भेजना शुरू होने के बाद से {count} दस्तावेज़ नए हैं या बदले गए हैं; उन्हें भी भेजने के लिए बॉक्स पर टिक करें।</translation>
    </message>
</context>
<context>
    <name>send_run</name>
    <message>
        <source>daily limit</source>
        <translation>दैनिक सीमा</translation>
    </message>
    <message>
        <source>Nothing can be sent before {when}: the daily limit is reached. The members wait and nobody gets a second copy.</source>
        <translation>{when} से पहले कुछ भी नहीं भेजा जा सकता: दैनिक सीमा पूरी हो गई है। सदस्य प्रतीक्षा में रहेंगे और किसी को दूसरी प्रति नहीं जाएगी।</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent in this run.</source>
        <translation>इस बार भेजने के लिए कुछ भी बाकी नहीं है।</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Pausing after the message being sent…</source>
        <translation>अभी भेजे जा रहे संदेश के बाद रोका जा रहा है…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>{count} problem(s)</source>
        <translation>{count} समस्याएँ</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>रुका</translation>
    </message>
</context>
<context>
    <name>send_worker</name>
    <message>
        <source>Sending stopped: {error}</source>
        <translation>भेजना रुक गया: {error}</translation>
    </message>
    <message>
        <source>Sending did not start: {error}</source>
        <translation>भेजना शुरू नहीं हुआ: {error}</translation>
    </message>
    <message>
        <source>Sending stopped because of an unexpected problem; nothing was lost (the register keeps every member&apos;s state). Press Start to continue; if it happens again, send the log file to whoever supports SMTP Desk.</source>
        <translation>अप्रत्याशित समस्या के कारण भेजना रुक गया; कुछ भी खोया नहीं (रजिस्टर में हर सदस्य की स्थिति सुरक्षित है)। जारी रखने के लिए “शुरू करें” दबाएँ; फिर से ऐसा हो तो लॉग फ़ाइल SMTP Desk में मदद करने वाले को भेजें।</translation>
    </message>
</context>
<context>
    <name>sent_check</name>
    <message>
        <source>No message is unconfirmed.</source>
        <translation>कोई संदेश अपुष्ट नहीं है।</translation>
    </message>
    <message>
        <source>Checked the Sent folder ({folder}): {confirmed} confirmed sent, {resend} not there (to be sent again).</source>
        <translation>Sent फ़ोल्डर ({folder}) जाँचा: {confirmed} के भेजे जाने की पुष्टि हुई, {resend} वहाँ नहीं हैं (दोबारा भेजे जाएँगे)।</translation>
    </message>
    <message>
        <source>{count} handed over only just now: check again in a minute.</source>
        <translation>{count} अभी-अभी सौंपे गए: एक मिनट बाद फिर जाँचें।</translation>
    </message>
    <message>
        <source>{count} not found, but this mail server keeps no copy of its own, so that does not prove they were not sent: ask those members, then choose Mark as arrived or Send again on the Send page (or smtp-desk resolve ITEM).</source>
        <translation>{count} नहीं मिले, पर यह मेल सर्वर अपनी प्रति नहीं रखता, इसलिए इससे यह साबित नहीं होता कि वे नहीं भेजे गए: उन सदस्यों से पूछें, फिर भेजें पेज पर “पहुँचा हुआ मानें” या “फिर से भेजें” चुनें (या smtp-desk resolve ITEM)।</translation>
    </message>
</context>
<context>
    <name>sent_copies</name>
    <message>
        <source>the connection to the mailbox was lost</source>
        <translation>मेलबॉक्स से कनेक्शन टूट गया</translation>
    </message>
    <message>
        <source>{count} sent message(s) could not be filed in the Sent folder ({flats}): {reason}. The members did get them; the register records each one.</source>
        <translation>भेजे गए {count} संदेश Sent फ़ोल्डर में नहीं रखे जा सके ({flats}): {reason}। सदस्यों को वे मिल गए हैं; रजिस्टर में हर एक दर्ज है।</translation>
    </message>
    <message>
        <source>The server refused the archive copy of {count} message(s) ({flats}): {reason}. The members did get them; check the archive address.</source>
        <translation>सर्वर ने {count} संदेश की आर्काइव प्रति अस्वीकार कर दी ({flats}): {reason}। सदस्यों को वे मिल गए हैं; आर्काइव पता जाँचें।</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> और {more} अन्य</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>the archive address cannot be given to this server</source>
        <translation>आर्काइव प्रति का पता इस सर्वर को नहीं दिया जा सकता</translation>
    </message>
    <message>
        <source>signed in as {who}</source>
        <translation>{who} के रूप में साइन इन हुआ</translation>
    </message>
    <message>
        <source>{host} is {address}</source>
        <translation>{host} का पता {address}</translation>
    </message>
    <message>
        <source>port {port} is open</source>
        <translation>पोर्ट {port} खुला है</translation>
    </message>
    <message>
        <source>no extensions</source>
        <translation>कोई एक्सटेंशन नहीं</translation>
    </message>
    <message>
        <source>; messages up to {size}</source>
        <translation>; {size} तक के संदेश</translation>
    </message>
    <message>
        <source>{size} byte</source>
        <translation>{size} बाइट</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} बाइट</translation>
    </message>
</context>
<context>
    <name>signin</name>
    <message>
        <source>{user} — token valid for {minutes} min</source>
        <translation>{user} — टोकन {minutes} मिनट और मान्य</translation>
    </message>
</context>
<context>
    <name>signin_fields</name>
    <message>
        <source>organizations (work) · consumers (Outlook.com) · tenant ID or domain</source>
        <translation>organizations (काम वाले) · consumers (Outlook.com) · tenant ID या डोमेन</translation>
    </message>
    <message>
        <source>consumers (Outlook.com) · organizations (work) · tenant ID or domain</source>
        <translation>consumers (Outlook.com) · organizations (काम वाले) · tenant ID या डोमेन</translation>
    </message>
    <message>
        <source>organizations (work accounts) — or consumers for Outlook.com, or your tenant ID/domain (the Directory (tenant) ID on the app&apos;s Overview page, or yoursociety.in). Left empty: organizations, or consumers for Outlook.com.</source>
        <translation>organizations (काम वाले खाते) — या Outlook.com के लिए consumers, या आपका tenant ID/डोमेन (ऐप के Overview पेज पर Directory (tenant) ID, या yoursociety.in)। खाली छोड़ने पर: organizations, या Outlook.com के लिए consumers।</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>{service} account</source>
        <translation>{service} खाता</translation>
    </message>
    <message>
        <source>{method} (recommended)</source>
        <translation>{method} (सुझाया गया)</translation>
    </message>
    <message>
        <source>{method} (not offered for this provider)</source>
        <translation>{method} (इस प्रदाता के लिए उपलब्ध नहीं)</translation>
    </message>
    <message>
        <source>App registration (set up once by your IT person)</source>
        <translation>ऐप पंजीकरण (आपके IT सहायक एक बार सेट करते हैं)</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Application (client) ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>टेनेंट</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>क्लाइंट सीक्रेट</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>साइन-इन अथॉरिटी</translation>
    </message>
    <message>
        <source>empty: the service&apos;s usual one (for a private cloud: https://…)</source>
        <translation>खाली: सेवा की सामान्य (निजी क्लाउड के लिए: https://…)</translation>
    </message>
    <message>
        <source>Advanced sign-in settings</source>
        <translation>उन्नत साइन-इन सेटिंग्स</translation>
    </message>
    <message>
        <source>Applicati&amp;on (client) ID</source>
        <translation>Application (client) ID (&amp;O)</translation>
    </message>
    <message>
        <source>T&amp;enant</source>
        <translation>टेनेंट (&amp;E)</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>क्लाइंट सीक्रेट (&amp;E)</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>अथॉरिटी</translation>
    </message>
    <message>
        <source>1b2c3d4e-… (from your IT person)</source>
        <translation>1b2c3d4e-… (आपके IT सहायक से)</translation>
    </message>
    <message>
        <source>empty: the one built into this installation ({client}…)</source>
        <translation>खाली: इस इंस्टॉलेशन में पहले से मौजूद ({client}…)</translation>
    </message>
    <message>
        <source>Saved — type a new one to replace it</source>
        <translation>सहेजा गया है — बदलने के लिए नया टाइप करें</translation>
    </message>
    <message>
        <source>from the Google Cloud console (kept in the password store)</source>
        <translation>Google Cloud console से (पासवर्ड स्टोर में रखा जाता है)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced ▾</source>
        <translation>उन्नत ▾ (&amp;V)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced ▸</source>
        <translation>उन्नत ▸ (&amp;V)</translation>
    </message>
    <message>
        <source>Copy the steps</source>
        <translation>चरण कॉपी करें</translation>
    </message>
    <message>
        <source>To paste into an email to your IT person</source>
        <translation>आपके IT सहायक को ईमेल में पेस्ट करने के लिए</translation>
    </message>
    <message>
        <source>Open the full checklist</source>
        <translation>पूरी सूची खोलें</translation>
    </message>
    <message>
        <source>How your IT person sets up Sign in with {service}</source>
        <translation>आपके IT सहायक {service} से साइन इन कैसे सेट करते हैं</translation>
    </message>
    <message>
        <source>Copied — paste it into an email</source>
        <translation>कॉपी हो गया — ईमेल में पेस्ट करें</translation>
    </message>
    <message>
        <source>Switch to Sign in with Microsoft</source>
        <translation>Microsoft से साइन इन अपनाएँ</translation>
    </message>
</context>
<context>
    <name>signin_help</name>
    <message>
        <source>The full checklist: &lt;a href=&quot;{link}&quot;&gt;{file}&lt;/a&gt; (opens in SMTP Desk).</source>
        <translation>पूरी सूची: &lt;a href=&quot;{link}&quot;&gt;{file}&lt;/a&gt; (SMTP Desk में खुलती है)।</translation>
    </message>
    <message>
        <source>The provider&apos;s own guide (opens the browser)</source>
        <translation>प्रदाता की अपनी गाइड (ब्राउज़र खुलेगा)</translation>
    </message>
    <message>
        <source>The full checklist: {file} (SMTP Desk).</source>
        <translation>पूरी सूची: {file} (SMTP Desk)।</translation>
    </message>
    <message>
        <source>Guide: {url}</source>
        <translation>गाइड: {url}</translation>
    </message>
    <message>
        <source>The provider&apos;s own guide: &lt;{url}&gt;</source>
        <translation>प्रदाता की अपनी गाइड: &lt;{url}&gt;</translation>
    </message>
    <message>
        <source>Your IT person registers SMTP Desk once in Microsoft Entra (entra.microsoft.com &gt; App registrations &gt; New registration), in about ten minutes:</source>
        <translation>आपके IT सहायक Microsoft Entra में (entra.microsoft.com &gt; App registrations &gt; New registration) SMTP Desk का एक बार पंजीकरण करते हैं, लगभग दस मिनट में:</translation>
    </message>
    <message>
        <source>Name it SMTP Desk; accounts in this organisation only (for an Outlook.com address: also personal Microsoft accounts).</source>
        <translation>नाम SMTP Desk रखें; केवल इस संगठन के खाते (Outlook.com पते के लिए: निजी Microsoft खाते भी)।</translation>
    </message>
    <message>
        <source>Redirect URI: Public client/native (mobile &amp; desktop), http://localhost.</source>
        <translation>Redirect URI: Public client/native (mobile &amp; desktop), http://localhost।</translation>
    </message>
    <message>
        <source>Authentication &gt; Allow public client flows: Yes.</source>
        <translation>Authentication &gt; Allow public client flows: Yes।</translation>
    </message>
    <message>
        <source>API permissions &gt; Add &gt; APIs my organization uses &gt; Office 365 Exchange Online &gt; Delegated &gt; SMTP.Send; then Grant admin consent if users may not consent to apps.</source>
        <translation>API permissions &gt; Add &gt; APIs my organization uses &gt; Office 365 Exchange Online &gt; Delegated &gt; SMTP.Send; अगर उपयोगकर्ता ऐप्स को सहमति नहीं दे सकते तो Grant admin consent करें।</translation>
    </message>
    <message>
        <source>Add IMAP.AccessAsUser.All the same way (and grant consent for it too): signing in also lets SMTP Desk read the Sent folder to confirm bills.</source>
        <translation>इसी तरह IMAP.AccessAsUser.All भी जोड़ें (और उसके लिए भी सहमति दें): तब साइन इन करने पर SMTP Desk बिलों की पुष्टि के लिए Sent फ़ोल्डर भी पढ़ सकेगा।</translation>
    </message>
    <message>
        <source>Copy the Application (client) ID from the app&apos;s Overview page into the field here (and, if you like, the Directory (tenant) ID or the society&apos;s domain into Tenant).</source>
        <translation>ऐप के Overview पेज से Application (client) ID यहाँ के फ़ील्ड में कॉपी करें (और चाहें तो Directory (tenant) ID या सोसायटी का डोमेन टेनेंट में)।</translation>
    </message>
    <message>
        <source>The mailbox must also allow programs to send: Authenticated SMTP turned on for it (Microsoft 365 admin centre &gt; Users &gt; the mailbox &gt; Mail &gt; Manage email apps).</source>
        <translation>मेलबॉक्स को प्रोग्रामों को भेजने की अनुमति भी देनी होगी: उसके लिए Authenticated SMTP चालू हो (Microsoft 365 admin centre &gt; Users &gt; वह मेलबॉक्स &gt; Mail &gt; Manage email apps)।</translation>
    </message>
    <message>
        <source>Your IT person creates an OAuth client once in the Google Cloud console (console.cloud.google.com &gt; APIs &amp; Services):</source>
        <translation>आपके IT सहायक Google Cloud console में (console.cloud.google.com &gt; APIs &amp; Services) एक बार OAuth client बनाते हैं:</translation>
    </message>
    <message>
        <source>OAuth consent screen: an Internal app (Google Workspace) with the scope https://mail.google.com/; publish it (an app left in Testing signs out after 7 days).</source>
        <translation>OAuth consent screen: https://mail.google.com/ scope के साथ Internal app (Google Workspace); उसे publish करें (Testing में छोड़ा गया ऐप 7 दिन बाद साइन आउट हो जाता है)।</translation>
    </message>
    <message>
        <source>Credentials &gt; Create credentials &gt; OAuth client ID &gt; Desktop app.</source>
        <translation>Credentials &gt; Create credentials &gt; OAuth client ID &gt; Desktop app।</translation>
    </message>
    <message>
        <source>Copy the Client ID and the Client secret into the fields here. The secret is kept in the computer&apos;s password store, never in the settings file.</source>
        <translation>Client ID और Client secret यहाँ के फ़ील्ड में कॉपी करें। सीक्रेट कंप्यूटर के पासवर्ड स्टोर में रखा जाता है, सेटिंग्स फ़ाइल में कभी नहीं।</translation>
    </message>
    <message>
        <source>Google offers no sign-in code for mail: the browser opens on this computer.</source>
        <translation>मेल के लिए Google साइन-इन कोड नहीं देता: ब्राउज़र इसी कंप्यूटर पर खुलता है।</translation>
    </message>
    <message>
        <source>Sign in with {service}: what your IT person does once</source>
        <translation>{service} से साइन इन: आपके IT सहायक एक बार क्या करते हैं</translation>
    </message>
    <message>
        <source>Sign-in checklist for your IT person</source>
        <translation>आपके IT सहायक के लिए साइन-इन सूची</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>कॉपी करें (&amp;P)</translation>
    </message>
    <message>
        <source>To paste into an email to your IT person</source>
        <translation>आपके IT सहायक को ईमेल में पेस्ट करने के लिए</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>कॉपी हो गया ✓</translation>
    </message>
</context>
<context>
    <name>signin_panel</name>
    <message>
        <source>Sign-in</source>
        <translation>साइन-इन</translation>
    </message>
    <message>
        <source>Use a code instead</source>
        <translation>इसके बजाय कोड इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Sign in on any phone or computer with a short code</source>
        <translation>छोटे कोड से किसी भी फ़ोन या कंप्यूटर पर साइन इन करें</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>साइन आउट</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Sign in with {service}</source>
        <translation>{service} से साइन इन</translation>
    </message>
    <message>
        <source>Sign in &amp;with {service}</source>
        <translation>{service} से साइन इन करें (&amp;W)</translation>
    </message>
    <message>
        <source>Sign out of {service} for {user}? SMTP Desk will not be able to send until someone signs in again.</source>
        <translation>{user} के लिए {service} से साइन आउट करें? जब तक कोई दोबारा साइन इन नहीं करता, SMTP Desk भेज नहीं पाएगा।</translation>
    </message>
    <message>
        <source>Signed out. Sign in again before sending.</source>
        <translation>साइन आउट हो गया। भेजने से पहले दोबारा साइन इन करें।</translation>
    </message>
    <message>
        <source>Signed out of {service}.</source>
        <translation>{service} से साइन आउट हो गया।</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>साइन-इन रद्द किया गया।</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; {action}</source>
        <translation>&lt;b&gt;क्या करें:&lt;/b&gt; {action}</translation>
    </message>
    <message>
        <source>No browser, or it did not work? Click &lt;b&gt;Use a code instead&lt;/b&gt;.</source>
        <translation>ब्राउज़र नहीं है, या काम नहीं किया? &lt;b&gt;इसके बजाय कोड इस्तेमाल करें&lt;/b&gt; पर क्लिक करें।</translation>
    </message>
    <message>
        <source>Waiting for the code to be entered…</source>
        <translation>कोड डाले जाने की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>This sign-in asks only to send: your organisation has not approved SMTP Desk reading the mailbox.</source>
        <translation>यह साइन-इन केवल भेजने की अनुमति माँगता है: आपके संगठन ने SMTP Desk को मेलबॉक्स पढ़ने की मंज़ूरी नहीं दी है।</translation>
    </message>
    <message>
        <source>Waiting for the browser: sign in there as {user} ({time})</source>
        <translation>ब्राउज़र की प्रतीक्षा: वहाँ {user} के रूप में साइन इन करें ({time})</translation>
    </message>
    <message>
        <source>No browser window? Click Use a code instead.</source>
        <translation>ब्राउज़र विंडो नहीं दिखी? &apos;इसके बजाय कोड इस्तेमाल करें&apos; पर क्लिक करें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot sign in yet:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;अभी साइन इन नहीं हो सकता:&lt;/b&gt; {why}</translation>
    </message>
</context>
<context>
    <name>signin_work</name>
    <message>
        <source>&lt;b&gt;Still signed in as {who}&lt;/b&gt; with {service} (from before): SMTP Desk keeps using that sign-in. The new sign-in did not work (see below).</source>
        <translation>&lt;b&gt;{who} के रूप में अब भी साइन इन&lt;/b&gt; ({service}, पहले से): SMTP Desk वही साइन-इन इस्तेमाल करता रहेगा। नया साइन-इन काम नहीं किया (नीचे देखें)।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed in as {who}&lt;/b&gt; with {service}.</source>
        <translation>&lt;b&gt;{who} के रूप में साइन इन&lt;/b&gt; ({service})।</translation>
    </message>
    <message>
        <source>SMTP Desk renews the sign-in by itself.</source>
        <translation>SMTP Desk साइन-इन अपने आप नवीनीकृत करता है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not signed in.&lt;/b&gt; Sign in once with the society&apos;s mailbox; the sign-in is kept in this computer&apos;s password store. (The settings are saved first.)</source>
        <translation>&lt;b&gt;साइन इन नहीं है।&lt;/b&gt; सोसायटी के मेलबॉक्स से एक बार साइन इन करें; साइन-इन इस कंप्यूटर के पासवर्ड स्टोर में रखा जाता है। (पहले सेटिंग्स सहेजी जाती हैं।)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>साइन आउट</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>साइन आउट (&amp;S)</translation>
    </message>
</context>
<context>
    <name>societies_menu</name>
    <message>
        <source>Choose a folder you may write to, such as one in Documents.</source>
        <translation>ऐसा फ़ोल्डर चुनें जिसमें लिखने की अनुमति हो, जैसे Documents में कोई।</translation>
    </message>
    <message>
        <source>Recent &amp;Societies</source>
        <translation>हाल की सोसायटियाँ (&amp;S)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(अभी कोई नहीं)</translation>
    </message>
    <message>
        <source>{society} (not found)</source>
        <translation>{society} (नहीं मिली)</translation>
    </message>
    <message>
        <source>Open Society — choose its folder, or make a new one</source>
        <translation>सोसायटी खोलें — उसका फ़ोल्डर चुनें या नया बनाएँ</translation>
    </message>
    <message>
        <source>{folder} is not a society&apos;s folder yet, and it holds other files.</source>
        <translation>{folder} अभी किसी सोसायटी का फ़ोल्डर नहीं है, और इसमें दूसरी फ़ाइलें हैं।</translation>
    </message>
    <message>
        <source>SMTP Desk keeps each society&apos;s settings, members and register in a folder of its own. Keep this society&apos;s files here anyway? (An empty new folder is tidier.)</source>
        <translation>SMTP Desk हर सोसायटी की सेटिंग्स, सदस्य और रजिस्टर उसके अपने फ़ोल्डर में रखता है। फिर भी इस सोसायटी की फ़ाइलें यहीं रखें? (खाली नया फ़ोल्डर ज़्यादा साफ़-सुथरा रहता है।)</translation>
    </message>
    <message>
        <source>&amp;Use this folder</source>
        <translation>यही फ़ोल्डर इस्तेमाल करें (&amp;U)</translation>
    </message>
    <message>
        <source>{folder} cannot be used for a society ({reason}).</source>
        <translation>{folder} सोसायटी के लिए इस्तेमाल नहीं हो सकता ({reason})।</translation>
    </message>
    <message>
        <source>Another society cannot be opened while this one is sending.</source>
        <translation>यह सोसायटी ईमेल भेज रही हो तब दूसरी सोसायटी नहीं खोली जा सकती।</translation>
    </message>
    <message>
        <source>Pause the run first (Send &gt; Pause): it goes on where it stopped when this society is opened again.</source>
        <translation>पहले भेजना रोकें (भेजें &gt; रोकें): यह सोसायटी दोबारा खोलने पर भेजना वहीं से आगे चलेगा जहाँ रुका था।</translation>
    </message>
    <message>
        <source>Another society cannot be opened while sending is being prepared.</source>
        <translation>भेजने की तैयारी चल रही हो तब दूसरी सोसायटी नहीं खोली जा सकती।</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>थोड़ी देर बाद फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Another society cannot be opened while an import is under way.</source>
        <translation>आयात चल रहा हो तब दूसरी सोसायटी नहीं खोली जा सकती।</translation>
    </message>
    <message>
        <source>Open it when the import has finished.</source>
        <translation>आयात पूरा होने के बाद उसे खोलें।</translation>
    </message>
</context>
<context>
    <name>society</name>
    <message>
        <source>society name</source>
        <translation>सोसायटी का नाम</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>पंजीकरण संख्या</translation>
    </message>
    <message>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>bank name</source>
        <translation>बैंक का नाम</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>खाते का नाम</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>खाता संख्या</translation>
    </message>
    <message>
        <source>IFSC</source>
        <translation>IFSC</translation>
    </message>
    <message>
        <source>UPI ID</source>
        <translation>UPI ID</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>लोगो</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>लोकेल</translation>
    </message>
    <message>
        <source>Society name</source>
        <translation>सोसायटी का नाम</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>पंजीकरण सं.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Bank and branch</source>
        <translation>बैंक और शाखा</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>खाते का नाम</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>खाता संख्या</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>लोगो</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>लोकेल</translation>
    </message>
    <message>
        <source>The {field} contains an invisible control character.</source>
        <translation>{field}: इसमें एक अदृश्य नियंत्रण अक्षर (control character) है।</translation>
    </message>
    <message>
        <source>Enter the society&apos;s name as registered.</source>
        <translation>सोसायटी का नाम वैसा ही भरें जैसा पंजीकृत है।</translation>
    </message>
    <message>
        <source>Keep the society&apos;s name under 120 characters.</source>
        <translation>सोसायटी का नाम 120 अक्षरों से कम रखें।</translation>
    </message>
    <message>
        <source>Bills usually show the registration number.</source>
        <translation>बिलों पर आमतौर पर पंजीकरण संख्या दिखाई जाती है।</translation>
    </message>
    <message>
        <source>Enter the society&apos;s address; it heads every bill.</source>
        <translation>सोसायटी का पता भरें; यह हर बिल में सबसे ऊपर आता है।</translation>
    </message>
    <message>
        <source>This email address is not valid: {reason}</source>
        <translation>यह ईमेल पता मान्य नहीं है: {reason}</translation>
    </message>
    <message>
        <source>Enter the phone number with digits, e.g. +91 20 2567 8901.</source>
        <translation>फ़ोन नंबर अंकों में भरें, जैसे +91 20 2567 8901।</translation>
    </message>
    <message>
        <source>An IFSC has 11 characters: 4 letters, a zero, then 6 letters or digits (e.g. HDFC0001234).</source>
        <translation>IFSC में 11 अक्षर होते हैं: 4 अक्षर, एक शून्य, फिर 6 अक्षर या अंक (जैसे HDFC0001234)।</translation>
    </message>
    <message>
        <source>A bank account number has 9 to 18 digits.</source>
        <translation>बैंक खाता संख्या में 9 से 18 अंक होते हैं।</translation>
    </message>
    <message>
        <source>Members need all of bank, account name, number and IFSC to pay.</source>
        <translation>भुगतान के लिए सदस्यों को बैंक, खाते का नाम, संख्या और IFSC सभी चाहिए।</translation>
    </message>
    <message>
        <source>A UPI ID looks like name@bank, e.g. crystalheights@okhdfcbank.</source>
        <translation>UPI ID name@bank जैसा दिखता है, जैसे crystalheights@okhdfcbank।</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as INR.</source>
        <translation>INR जैसा तीन अक्षरों का मुद्रा कोड इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Use a locale such as en_IN.</source>
        <translation>en_IN जैसा लोकेल इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>UPI payments are in rupees only; the QR code is left out.</source>
        <translation>UPI भुगतान सिर्फ़ रुपयों में होता है; QR कोड छोड़ दिया जाएगा।</translation>
    </message>
    <message>
        <source>The logo {file} cannot be read ({reason}).</source>
        <translation>लोगो {file} पढ़ा नहीं जा सकता ({reason})।</translation>
    </message>
    <message>
        <source>The logo {file} is not a PNG or JPEG picture.</source>
        <translation>लोगो {file} PNG या JPEG चित्र नहीं है।</translation>
    </message>
    <message>
        <source>The logo {file} is damaged and cannot be opened.</source>
        <translation>लोगो {file} खराब है और खोला नहीं जा सकता।</translation>
    </message>
</context>
<context>
    <name>society_page</name>
    <message>
        <source>Society na&amp;me</source>
        <translation>सोसायटी का नाम (&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;gistration No.</source>
        <translation>पंजीकरण सं. (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>पता (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>फ़ोन (&amp;P)</translation>
    </message>
    <message>
        <source>Ban&amp;k and branch</source>
        <translation>बैंक और शाखा (&amp;K)</translation>
    </message>
    <message>
        <source>A&amp;ccount name</source>
        <translation>खाते का नाम (&amp;C)</translation>
    </message>
    <message>
        <source>Acco&amp;unt number</source>
        <translation>खाता संख्या (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;IFSC</source>
        <translation>IFSC (&amp;I)</translation>
    </message>
    <message>
        <source>UPI I&amp;D</source>
        <translation>UPI ID (&amp;D)</translation>
    </message>
    <message>
        <source>Currenc&amp;y</source>
        <translation>मुद्रा (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Locale</source>
        <translation>लोकेल (&amp;L)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>कोई लोगो नहीं</translation>
    </message>
    <message>
        <source>Choose l&amp;ogo…</source>
        <translation>लोगो चुनें… (&amp;O)</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>लोगो हटाएँ</translation>
    </message>
    <message>
        <source>Preview &amp;bill</source>
        <translation>बिल का पूर्वावलोकन (&amp;B)</translation>
    </message>
    <message>
        <source>Preview &amp;receipt</source>
        <translation>रसीद का पूर्वावलोकन (&amp;R)</translation>
    </message>
    <message>
        <source>Preview s&amp;tatement</source>
        <translation>विवरण का पूर्वावलोकन (&amp;T)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Society Profile&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;सोसायटी प्रोफ़ाइल&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Heads every bill, receipt and statement; bank and UPI details tell members how to pay.</source>
        <translation>हर बिल, रसीद और विवरण में सबसे ऊपर आता है; बैंक और UPI विवरण से सदस्यों को पता चलता है कि भुगतान कैसे करें।</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>सहेजा नहीं गया: {problem}</translation>
    </message>
    <message>
        <source>Society profile saved.</source>
        <translation>सोसायटी प्रोफ़ाइल सहेज ली गई।</translation>
    </message>
    <message>
        <source>{document} — preview</source>
        <translation>{document} — पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Choose the society&apos;s logo</source>
        <translation>सोसायटी का लोगो चुनें</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>चित्र (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Find the server</source>
        <translation>सर्वर ढूँढना</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>कनेक्ट करना</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>सुरक्षित कनेक्शन</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>सर्वर का अभिवादन</translation>
    </message>
    <message>
        <source>Introduce (EHLO)</source>
        <translation>परिचय देना (EHLO)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>प्रेषक (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient (RCPT TO)</source>
        <translation>प्राप्तकर्ता (RCPT TO)</translation>
    </message>
    <message>
        <source>Send test statement</source>
        <translation>नमूना विवरण भेजना</translation>
    </message>
    <message>
        <source>Close (QUIT)</source>
        <translation>बंद करना (QUIT)</translation>
    </message>
    <message>
        <source>Mailbox (IMAP)</source>
        <translation>मेलबॉक्स (IMAP)</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>The register {path} is damaged and cannot be used ({problems}).</source>
        <translation>रजिस्टर {path} खराब हो गया है और इस्तेमाल नहीं किया जा सकता ({problems})।</translation>
    </message>
</context>
<context>
    <name>store_errors</name>
    <message>
        <source>Restore the latest backup: File &gt; Restore a backup… in the window, or &apos;smtp-desk backups restore --latest&apos;.</source>
        <translation>सबसे नया बैकअप वापस लाएँ: विंडो में फ़ाइल &gt; बैकअप वापस लाएँ…, या &apos;smtp-desk backups restore --latest&apos;।</translation>
    </message>
    <message>
        <source>The disk is full: free some space on the drive of {where}, then try again; nothing was lost.</source>
        <translation>डिस्क भर गई है: {where} की ड्राइव पर कुछ जगह खाली करें, फिर दोबारा कोशिश करें; कुछ भी नहीं खोया।</translation>
    </message>
    <message>
        <source>Another program is using the register {path} (another SMTP Desk window or command, a backup or sync program) and kept it busy. Wait until it has finished, or close it, then try again; nothing was changed.</source>
        <translation>कोई दूसरा प्रोग्राम रजिस्टर {path} का उपयोग कर रहा है (SMTP Desk की दूसरी विंडो या कमांड, कोई बैकअप या सिंक प्रोग्राम) और उसने उसे व्यस्त रखा। उसके पूरा होने तक रुकें, या उसे बंद करें, फिर दोबारा कोशिश करें; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The register {path} could not be read or written ({error}): the drive it is on had a problem (a USB stick or network drive that went away, a failing disk). Check the drive, then try again; if it keeps happening, {restore}</source>
        <translation>रजिस्टर {path} पढ़ा या लिखा नहीं जा सका ({error}): जिस ड्राइव पर यह है उसमें समस्या आई (निकाली गई USB स्टिक या कटी हुई नेटवर्क ड्राइव, खराब होती डिस्क)। ड्राइव जाँचें, फिर दोबारा कोशिश करें; अगर ऐसा बार-बार हो, तो {restore}</translation>
    </message>
    <message>
        <source>The register {path} is damaged and cannot be opened ({error}).</source>
        <translation>रजिस्टर {path} खराब हो गया है और खोला नहीं जा सकता ({error})।</translation>
    </message>
    <message>
        <source>The register {path} is damaged and cannot be used ({error}).</source>
        <translation>रजिस्टर {path} खराब हो गया है और इस्तेमाल नहीं किया जा सकता ({error})।</translation>
    </message>
    <message>
        <source>The register {path} could not be opened ({error}). Try again; if it keeps happening, {restore}</source>
        <translation>रजिस्टर {path} खोला नहीं जा सका ({error})। दोबारा कोशिश करें; अगर ऐसा बार-बार हो, तो {restore}</translation>
    </message>
    <message>
        <source>The register {path} could not be used ({error}). Try again; if it keeps happening, {restore}</source>
        <translation>रजिस्टर {path} इस्तेमाल नहीं किया जा सका ({error})। दोबारा कोशिश करें; अगर ऐसा बार-बार हो, तो {restore}</translation>
    </message>
    <message>
        <source>The register {path} cannot be written: the file or its folder is read-only, or belongs to another user. Allow changes to the folder (or choose another data folder with SMTP_DESK_HOME), then try again; nothing was changed.</source>
        <translation>रजिस्टर {path} में लिखा नहीं जा सकता: फ़ाइल या उसका फ़ोल्डर सिर्फ़ पढ़ने के लिए (read-only) है, या किसी दूसरे उपयोगकर्ता का है। फ़ोल्डर में बदलाव की अनुमति दें (या SMTP_DESK_HOME से कोई दूसरा डेटा फ़ोल्डर चुनें), फिर दोबारा कोशिश करें; कुछ भी नहीं बदला गया।</translation>
    </message>
</context>
<context>
    <name>test_inbox</name>
    <message>
        <source>Test inbox — practice (nothing here left this PC)</source>
        <translation>टेस्ट इनबॉक्स — अभ्यास (यहाँ का कुछ भी इस PC से बाहर नहीं गया)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>प्रति</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation>PDF खोलें (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Empty test inbox</source>
        <translation>टेस्ट इनबॉक्स खाली करें (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रिफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>{count} message(s)</source>
        <translation>{count} संदेश</translation>
    </message>
    <message>
        <source>To: {to}
Subject: {subject}

{body}</source>
        <translation>प्रति: {to}
विषय: {subject}

{body}</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>{protocol}, certificate for {subject} from {issuer}</source>
        <translation>{protocol}, {issuer} द्वारा {subject} के लिए प्रमाणपत्र</translation>
    </message>
    <message>
        <source>, valid until {date}</source>
        <translation>, {date} तक वैध</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expires in {days} day(s); tell the provider if it is your own server.</source>
        <translation>सर्वर के प्रमाणपत्र की अवधि {days} दिन में खत्म हो रही है; अगर यह आपका अपना सर्वर है तो प्रदाता को बताएँ।</translation>
    </message>
</context>
<context>
    <name>troubleshooting</name>
    <message>
        <source>
SMTP Desk signs in to the society&apos;s mailbox with the password saved in **Email
Credentials**. When the provider says *the user ID or password was not accepted*, the
password usually changed since it was saved:

- someone changed it on a phone, in webmail or at the provider&apos;s request;
- the organisation makes passwords **expire** (every 90 days, say) and it has just expired;
- for Gmail, Yahoo and Zoho with two-step sign-in, the saved one is an App Password and it
  was **revoked** (Google revokes every App Password when the account&apos;s password changes).

**What to do**

1. Sign in to the mailbox&apos;s webmail in a browser with the same address and password. If
   that fails too, the password is wrong or expired: change or reset it there first.
2. Open **Email Credentials**, type the password again, press **Save**, then **Test**.
3. The user ID is the **full address** (`billing@yoursociety.in`), not only the name.
4. Webmail works but SMTP Desk is refused? The provider wants an App Password
   ([App Password](#app-password)) or Sign in with Microsoft ([Microsoft](#microsoft)).

*No password saved* means this computer&apos;s password store (Windows Credential Manager) has
none for the account: it was never saved, or Windows was reinstalled or another Windows user
is signed in. Type it again in Email Credentials and press Save. SMTP Desk never writes the
password into a file or the log.
</source>
        <translation>
SMTP Desk सोसायटी के मेलबॉक्स में **ईमेल खाता विवरण** में सहेजे गए पासवर्ड से साइन इन करता
है। जब प्रदाता कहे कि *User ID या पासवर्ड स्वीकार नहीं हुआ*, तो आमतौर पर पासवर्ड सहेजने के
बाद बदल चुका होता है:

- किसी ने उसे फ़ोन पर, वेबमेल में या प्रदाता के कहने पर बदल दिया;
- संस्था तय समय पर (जैसे हर 90 दिन में) पासवर्ड की **अवधि खत्म** करती है और वह अभी-अभी खत्म हुई;
- दो-चरणीय साइन इन वाले Gmail, Yahoo और Zoho में सहेजा गया पासवर्ड App Password होता है
  और वह **रद्द** हो गया (खाते का पासवर्ड बदलते ही Google सभी App Passwords रद्द कर देता है)।

**क्या करें**

1. उसी पते और पासवर्ड से ब्राउज़र में मेलबॉक्स के वेबमेल में साइन इन करें। अगर वह भी न हो,
   तो पासवर्ड गलत है या उसकी अवधि खत्म हो गई है: पहले वहीं उसे बदलें या रीसेट करें।
2. **ईमेल खाता विवरण** खोलें, पासवर्ड दोबारा टाइप करें, **सहेजें** दबाएँ, फिर **जाँच**।
3. User ID **पूरा पता** होता है (`billing@yoursociety.in`), सिर्फ़ नाम नहीं।
4. वेबमेल चलता है पर SMTP Desk को मना कर दिया जाता है? प्रदाता App Password
   ([App Password](#app-password)) या Microsoft से साइन इन ([Microsoft](#microsoft)) चाहता है।

*कोई पासवर्ड सहेजा नहीं गया* का मतलब है कि इस कंप्यूटर के पासवर्ड भंडार (Windows Credential
Manager) में इस खाते का पासवर्ड नहीं है: वह कभी सहेजा ही नहीं गया, या Windows दोबारा इंस्टॉल
हुआ, या कोई दूसरा Windows उपयोगकर्ता साइन इन है। ईमेल खाता विवरण में उसे दोबारा टाइप करें और
सहेजें दबाएँ। SMTP Desk पासवर्ड कभी किसी फ़ाइल या लॉग में नहीं लिखता।
</translation>
    </message>
    <message>
        <source>
Gmail, Yahoo and Zoho (with two-step sign-in) do not let programs use the account&apos;s
normal password. They want an **App Password**: a separate 16-letter password made for one
program, which can be withdrawn without changing the real one.

**Gmail and Google Workspace**

1. Turn on **2-Step Verification**: &lt;https://myaccount.google.com/security&gt;.
2. Open &lt;https://myaccount.google.com/apppasswords&gt;, name it `SMTP Desk`, press Create.
3. Copy the 16 letters (shown as `abcd efgh ijkl mnop`; the spaces do not matter) into
   **Email Credentials &gt; Password**, press **Save**, then **Test**.

For Workspace the administrator must allow 2-Step Verification. App Passwords are not
offered to accounts with only security keys or Advanced Protection: use Sign in with Google.

**Yahoo**: Account Info &gt; **Account Security** &gt; *Generate app password*.

**Zoho**: &lt;https://accounts.zoho.in&gt; &gt; **Security** &gt; *App Passwords* &gt; *Generate New
Password* (accounts.zoho.com outside India).

Changing the account&apos;s real password later withdraws the App Password: make a new one.
</source>
        <translation>
Gmail, Yahoo और Zoho (दो-चरणीय साइन इन होने पर) प्रोग्रामों को खाते का सामान्य पासवर्ड
इस्तेमाल नहीं करने देते। उन्हें **App Password** चाहिए: एक प्रोग्राम के लिए बनाया गया अलग
16 अक्षरों का पासवर्ड, जिसे असली पासवर्ड बदले बिना रद्द किया जा सकता है।

**Gmail और Google Workspace**

1. **2-Step Verification** चालू करें: &lt;https://myaccount.google.com/security&gt;।
2. &lt;https://myaccount.google.com/apppasswords&gt; खोलें, नाम `SMTP Desk` दें, Create दबाएँ।
3. वे 16 अक्षर (`abcd efgh ijkl mnop` जैसे दिखते हैं; बीच की खाली जगह से फ़र्क नहीं पड़ता)
   कॉपी करके **ईमेल खाता विवरण &gt; पासवर्ड** में डालें, **सहेजें** दबाएँ, फिर **जाँच**।

Workspace के लिए प्रशासक को 2-Step Verification की अनुमति देनी होगी। जिन खातों में सिर्फ़
security keys या Advanced Protection है, उन्हें App Passwords नहीं मिलते: Google से साइन इन
इस्तेमाल करें।

**Yahoo**: Account Info &gt; **Account Security** &gt; *Generate app password*।

**Zoho**: &lt;https://accounts.zoho.in&gt; &gt; **Security** &gt; *App Passwords* &gt; *Generate New
Password* (भारत के बाहर accounts.zoho.com)।

बाद में खाते का असली पासवर्ड बदलने पर App Password रद्द हो जाता है: नया बनाएँ।
</translation>
    </message>
    <message>
        <source>
Microsoft stops accepting a password from programs: Outlook.com and Hotmail already did
(September 2024); Microsoft 365 switches it off by default from the end of December 2026,
and new organisations or ones with *Security Defaults* have it off already. SMTP Desk then
**signs in with Microsoft**: a person signs in once in the browser, and SMTP Desk keeps and
renews the sign-in itself.

- **Sign in again**: the sign-in ends when the mailbox&apos;s password changes, after 90 days
  without sending, or when the IT person withdraws it. Click *Sign in* in Email Credentials.
- **An administrator must approve SMTP Desk**: the IT person grants admin consent for the
  app&apos;s `SMTP.Send` permission (Entra admin centre &gt; App registrations &gt; API permissions).
- **Authenticated SMTP is switched off for this mailbox** (5.7.139): even signed in, the
  mailbox must allow it. Microsoft 365 admin centre &gt; Users &gt; the mailbox &gt; Mail &gt; *Manage
  email apps* &gt; tick **Authenticated SMTP**, or in PowerShell
  `Set-CASMailbox -Identity billing@yoursociety.in -SmtpClientAuthenticationDisabled $false`.
  It can take an hour to reach the mail servers.
- **The app registration is missing**: the society registers SMTP Desk once in Microsoft
  Entra (about ten minutes). The steps are in the checklist for your IT person:
  [microsoft-365-sign-in.md](docs/microsoft-365-sign-in.md).
- **A different account was used**: sign in as the mailbox shown in User ID.

**Sign in with Google** works the same way for Gmail and Workspace, with an OAuth client the
IT person creates in the Google Cloud console (Email Credentials shows the steps).
</source>
        <translation>
Microsoft प्रोग्रामों से पासवर्ड स्वीकार करना बंद कर रहा है: Outlook.com और Hotmail यह पहले
ही कर चुके हैं (सितंबर 2024); Microsoft 365 में दिसंबर 2026 के अंत से यह अपने-आप बंद हो जाएगा,
और नई संस्थाओं या *Security Defaults* वाली संस्थाओं में यह पहले से बंद है। तब SMTP Desk
**Microsoft से साइन इन करता है**: कोई व्यक्ति एक बार ब्राउज़र में साइन इन करता है, और
SMTP Desk उस साइन इन को खुद सँभालकर रखता है और नवीनीकृत करता है।

- **दोबारा साइन इन करें**: मेलबॉक्स का पासवर्ड बदलने पर, 90 दिन तक कुछ न भेजने पर, या IT
  व्यक्ति के हटा देने पर साइन इन खत्म हो जाता है। ईमेल खाता विवरण में *साइन इन* पर क्लिक करें।
- **प्रशासक को SMTP Desk को मंज़ूरी देनी होगी**: IT व्यक्ति ऐप की `SMTP.Send` अनुमति के लिए
  admin consent देता है (Entra admin centre &gt; App registrations &gt; API permissions)।
- **इस मेलबॉक्स के लिए Authenticated SMTP बंद है** (5.7.139): साइन इन होने पर भी मेलबॉक्स को
  इसकी अनुमति देनी होगी। Microsoft 365 admin centre &gt; Users &gt; वह मेलबॉक्स &gt; Mail &gt; *Manage
  email apps* &gt; **Authenticated SMTP** पर निशान लगाएँ, या PowerShell में
  `Set-CASMailbox -Identity billing@yoursociety.in -SmtpClientAuthenticationDisabled $false`।
  मेल सर्वरों तक यह बदलाव पहुँचने में एक घंटा लग सकता है।
- **App registration नहीं है**: सोसायटी SMTP Desk को Microsoft Entra में एक बार पंजीकृत करती
  है (लगभग दस मिनट)। चरण आपके IT व्यक्ति की जाँच-सूची में हैं:
  [microsoft-365-sign-in.md](docs/microsoft-365-sign-in.md)।
- **कोई दूसरा खाता इस्तेमाल हुआ**: User ID में दिखाए गए मेलबॉक्स से ही साइन इन करें।

Gmail और Workspace के लिए **Google से साइन इन** इसी तरह काम करता है, IT व्यक्ति द्वारा Google
Cloud console में बनाए गए OAuth client के साथ (ईमेल खाता विवरण में चरण दिखाए गए हैं)।
</translation>
    </message>
    <message>
        <source>
The **port** and the **security** go together; a mismatch looks like a server that hangs
up or never answers:

| Port | Security | Used by |
|---|---|---|
| 587 | STARTTLS | almost every provider; the only one for Microsoft 365 |
| 465 | SSL/TLS | Gmail, Yahoo, Zoho and most hosting companies |
| 25 | — | servers among themselves; blocked by most internet providers |

Choose the provider in **Email Credentials** and SMTP Desk fills both in; **Test** tries the
other pairings and offers the one that works (*Use these settings*).

*The server does not offer encryption* or *does not offer sign-in*: the host or port is not
the provider&apos;s submission server. For Microsoft, see [Microsoft](#microsoft).
An antivirus that scans mail can break the secure connection too: see
[Firewall](#firewall).
</source>
        <translation>
**पोर्ट** और **सुरक्षा** का आपस में मेल होना ज़रूरी है; मेल न हो तो ऐसा लगता है कि सर्वर
कनेक्शन काट देता है या जवाब ही नहीं देता:

| पोर्ट | सुरक्षा | कौन इस्तेमाल करता है |
|---|---|---|
| 587 | STARTTLS | लगभग हर प्रदाता; Microsoft 365 के लिए यही एकमात्र |
| 465 | SSL/TLS | Gmail, Yahoo, Zoho और ज़्यादातर होस्टिंग कंपनियाँ |
| 25 | — | सर्वर आपस में; ज़्यादातर इंटरनेट प्रदाता इसे ब्लॉक करते हैं |

**ईमेल खाता विवरण** में प्रदाता चुनें, SMTP Desk दोनों भर देता है; **जाँच** दूसरी जोड़ियाँ
आज़माती है और जो काम करे वह सुझाती है (*ये सेटिंग्स इस्तेमाल करें*)।

*सर्वर एन्क्रिप्शन नहीं देता* या *साइन इन नहीं देता*: होस्ट या पोर्ट प्रदाता का submission
सर्वर नहीं है। Microsoft के लिए [Microsoft](#microsoft) देखें।
मेल स्कैन करने वाला एंटीवायरस भी सुरक्षित कनेक्शन बिगाड़ सकता है: देखें
[फ़ायरवॉल](#firewall)।
</translation>
    </message>
    <message>
        <source>
When the server **refuses the connection** or **does not answer in time**, something between
this computer and the provider stops the mail:

- **Port 25 is blocked** by almost every internet provider (Jio, Airtel, BSNL …). Use
  587 with STARTTLS or 465 with SSL/TLS.
- An **antivirus** with &quot;email protection&quot; or &quot;scan outgoing mail&quot; (Quick Heal, Kaspersky,
  ESET, Avast …) stands in the way: allow SMTP Desk, or turn off scanning of outgoing mail.
- The **office network&apos;s firewall** allows web pages only: ask whoever manages it to allow
  outgoing connections to the provider&apos;s SMTP host on ports 587 and 465.

**For the IT person**: in PowerShell, `Test-NetConnection smtp.gmail.com -Port 587` must say
`TcpTestSucceeded : True`. A quick check: connect the PC to a phone&apos;s hotspot and press
Test again; if it works there, the office network blocks it.
</source>
        <translation>
जब सर्वर **कनेक्शन अस्वीकार करता है** या **समय पर जवाब नहीं देता**, तो इस कंप्यूटर और प्रदाता
के बीच कुछ न कुछ मेल को रोक रहा होता है:

- लगभग हर इंटरनेट प्रदाता (Jio, Airtel, BSNL …) **पोर्ट 25 ब्लॉक रखता है**। STARTTLS के साथ
  587 या SSL/TLS के साथ 465 इस्तेमाल करें।
- &quot;email protection&quot; या &quot;scan outgoing mail&quot; वाला **एंटीवायरस** (Quick Heal, Kaspersky,
  ESET, Avast …) बीच में आता है: SMTP Desk को अनुमति दें, या बाहर जाने वाले मेल की स्कैनिंग बंद करें।
- **ऑफ़िस नेटवर्क का फ़ायरवॉल** सिर्फ़ वेब पेजों की अनुमति देता है: उसे सँभालने वाले व्यक्ति से
  प्रदाता के SMTP होस्ट के लिए पोर्ट 587 और 465 पर बाहर जाने वाले कनेक्शन खोलने को कहें।

**IT व्यक्ति के लिए**: PowerShell में `Test-NetConnection smtp.gmail.com -Port 587` को
`TcpTestSucceeded : True` दिखाना चाहिए। झटपट जाँच: PC को फ़ोन के हॉटस्पॉट से जोड़ें और फिर से
जाँच दबाएँ; अगर वहाँ चल जाए, तो ऑफ़िस का नेटवर्क इसे रोक रहा है।
</translation>
    </message>
    <message>
        <source>
*The mail server&apos;s name was not found* means this computer could not look up the SMTP
host: there is no internet, or the host is misspelt.

1. Open any website. If none opens, fix the internet connection (cable, Wi-Fi, router).
2. Check the host in **Email Credentials** letter by letter (`smtp.gmail.com`, not
   `smtp.gmail.con` or `gmail.com`).
3. Still not found? The IT person can try `nslookup smtp.gmail.com` in a Command Prompt;
   a failing answer points at the network&apos;s DNS settings.

**Sign in with Microsoft or Google** also needs their sign-in services:
`login.microsoftonline.com`, or `accounts.google.com` and `oauth2.googleapis.com`. A
network that blocks them stops the sign-in; ask for them to be allowed.
</source>
        <translation>
*मेल सर्वर का नाम नहीं मिला* का मतलब है कि यह कंप्यूटर SMTP होस्ट नहीं ढूँढ सका: इंटरनेट
नहीं है, या होस्ट की स्पेलिंग गलत है।

1. कोई भी वेबसाइट खोलें। अगर एक भी न खुले, तो इंटरनेट कनेक्शन ठीक करें (केबल, Wi-Fi, राउटर)।
2. **ईमेल खाता विवरण** में होस्ट को एक-एक अक्षर जाँचें (`smtp.gmail.com`, न कि
   `smtp.gmail.con` या `gmail.com`)।
3. फिर भी नहीं मिला? IT व्यक्ति Command Prompt में `nslookup smtp.gmail.com` आज़मा सकता है;
   विफल जवाब का मतलब है कि नेटवर्क की DNS सेटिंग्स में गड़बड़ है।

**Microsoft या Google से साइन इन** के लिए उनकी साइन-इन सेवाएँ भी चाहिए:
`login.microsoftonline.com`, या `accounts.google.com` और `oauth2.googleapis.com`। जो नेटवर्क
इन्हें ब्लॉक करता है वहाँ साइन इन रुक जाता है; इन्हें अनुमति देने को कहें।
</translation>
    </message>
    <message>
        <source>
SMTP Desk checks the mail server&apos;s **certificate** before it sends the password, and
refuses a connection it cannot trust. Usual reasons:

- **The computer&apos;s clock is wrong.** Certificates and sign-ins are checked against today&apos;s
  date. Windows: Settings &gt; Time &amp; language &gt; *Set time automatically*, and the right time
  zone (India: UTC+05:30).
- **An antivirus replaces the certificate** to look inside mail (&quot;SSL scanning&quot;, &quot;HTTPS
  scanning&quot;, &quot;email scanning&quot;). Turn that off for mail, or allow SMTP Desk.
- **The host is an IP address or the website&apos;s name.** Use the provider&apos;s exact SMTP host
  (`smtp.gmail.com`, `smtp.office365.com`).
- **The society&apos;s own mail server** has a self-signed or expired certificate: its
  administrator installs a proper one (Let&apos;s Encrypt is free).
</source>
        <translation>
SMTP Desk पासवर्ड भेजने से पहले मेल सर्वर का **प्रमाणपत्र** जाँचता है, और जिस कनेक्शन पर भरोसा
न किया जा सके उसे अस्वीकार कर देता है। आम कारण:

- **कंप्यूटर की घड़ी गलत है।** प्रमाणपत्र और साइन इन आज की तारीख के हिसाब से जाँचे जाते हैं।
  Windows: Settings &gt; Time &amp; language &gt; *Set time automatically*, और सही टाइम ज़ोन
  (भारत: UTC+05:30)।
- **एंटीवायरस प्रमाणपत्र बदल देता है** ताकि मेल के अंदर देख सके (&quot;SSL scanning&quot;, &quot;HTTPS
  scanning&quot;, &quot;email scanning&quot;)। मेल के लिए इसे बंद करें, या SMTP Desk को अनुमति दें।
- **होस्ट में IP पता या वेबसाइट का नाम दिया गया है।** प्रदाता का सही SMTP होस्ट इस्तेमाल करें
  (`smtp.gmail.com`, `smtp.office365.com`)।
- **सोसायटी के अपने मेल सर्वर** का प्रमाणपत्र self-signed है या उसकी अवधि खत्म हो गई है:
  उसका प्रशासक सही प्रमाणपत्र लगाए (Let&apos;s Encrypt मुफ़्त है)।
</translation>
    </message>
    <message>
        <source>
Every provider limits how many emails an account sends in a day, counted over the
**last 24 hours**:

| Account | About |
|---|---|
| Gmail (free) | 500 a day |
| Google Workspace | 2,000 a day (500 during the trial) |
| Microsoft 365 | 10,000 recipients a day, 30 a minute |
| Zoho | 50–500 an hour, by plan |
| Brevo (free) | 300 a day |

**What SMTP Desk does**

- **Prepare** shows the plan: how many go now and how many later, counting what the
  register shows was sent in the last 24 hours.
- During the run it stops at the limit; the rest **wait**. The notice says from when they
  can go. With *Continue automatically when allowed* ticked and SMTP Desk left open, it
  goes on by itself; or press **Start** later. **Nobody gets a second copy.**
- When the provider refuses earlier (its count includes mail sent from webmail or a
  phone), SMTP Desk learns the real limit from the reply and plans with it next time.
- *The server asked to try again later* is the provider slowing down a busy account:
  SMTP Desk waits and tries again by itself.

Your own limit: **Email Credentials &gt; Limits** (messages a day and a minute). A society
larger than the account allows can use Google Workspace or a sending service (Amazon SES,
SendGrid, Mailgun, Brevo, Postmark, Zoho&apos;s paid plans).
</source>
        <translation>
हर प्रदाता सीमित करता है कि एक खाता दिन में कितने ईमेल भेज सकता है, और यह गिनती
**पिछले 24 घंटों** में होती है:

| खाता | लगभग |
|---|---|
| Gmail (मुफ़्त) | 500 प्रतिदिन |
| Google Workspace | 2,000 प्रतिदिन (trial के दौरान 500) |
| Microsoft 365 | 10,000 प्राप्तकर्ता प्रतिदिन, 30 प्रति मिनट |
| Zoho | 50–500 प्रति घंटा, प्लान के अनुसार |
| Brevo (मुफ़्त) | 300 प्रतिदिन |

**SMTP Desk क्या करता है**

- **तैयारी** योजना दिखाती है: कितने अभी जाएँगे और कितने बाद में, रजिस्टर के अनुसार पिछले
  24 घंटों में भेजे गए ईमेल गिनकर।
- भेजते समय सीमा पूरी होते ही यह रुक जाता है; बाकी **प्रतीक्षा में** रहते हैं। सूचना बताती है
  कि वे कब से जा सकेंगे। *अनुमति मिलते ही अपने-आप जारी रखें* पर निशान लगाकर SMTP Desk खुला
  छोड़ दें, तो यह अपने-आप आगे बढ़ता है; या बाद में **शुरू करें** दबाएँ। **किसी को भी दूसरी
  प्रति नहीं जाती।**
- अगर प्रदाता पहले ही मना कर दे (उसकी गिनती में वेबमेल या फ़ोन से भेजे गए मेल भी होते हैं), तो
  SMTP Desk जवाब से असली सीमा सीख लेता है और अगली बार उसी के अनुसार योजना बनाता है।
- *सर्वर ने बाद में फिर कोशिश करने को कहा* का मतलब है कि प्रदाता व्यस्त खाते की गति धीमी कर
  रहा है: SMTP Desk रुककर खुद फिर कोशिश करता है।

आपकी अपनी सीमा: **ईमेल खाता विवरण &gt; सीमाएँ** (प्रतिदिन और प्रति मिनट संदेश)। खाते की अनुमति
से बड़ी सोसायटी Google Workspace या कोई भेजने वाली सेवा (Amazon SES, SendGrid, Mailgun,
Brevo, Postmark, Zoho के सशुल्क प्लान) इस्तेमाल कर सकती है।
</translation>
    </message>
    <message>
        <source>
Providers send only **as the mailbox that signed in**, or as an address that mailbox is
allowed to use. When **From email** is another address the server refuses it
(*SendAsDenied*, *sender address rejected*).

- Simplest: set **From email** in Email Credentials to the mailbox you sign in with.
- **Gmail**: add the other address under Settings &gt; Accounts and Import &gt; *Send mail as*,
  and confirm it.
- **Microsoft 365**: the administrator grants *Send As* for the From mailbox (Exchange
  admin centre &gt; Recipients &gt; Mailboxes &gt; Delegation &gt; Send as), or adds it as an alias of
  the mailbox and allows sending from aliases (`Set-OrganizationConfig
  -SendFromAliasEnabled $true`).
- **Zoho**: the From must be the account or one of its aliases (Settings &gt; *Send mail as*).
</source>
        <translation>
प्रदाता सिर्फ़ **साइन इन किए गए मेलबॉक्स के नाम से**, या ऐसे पते से मेल भेजते हैं जिसे इस्तेमाल
करने की उस मेलबॉक्स को अनुमति हो। अगर **From ईमेल** कोई दूसरा पता है तो सर्वर उसे अस्वीकार कर
देता है (*SendAsDenied*, *sender address rejected*)।

- सबसे आसान: ईमेल खाता विवरण में **From ईमेल** वही मेलबॉक्स रखें जिससे आप साइन इन करते हैं।
- **Gmail**: दूसरा पता Settings &gt; Accounts and Import &gt; *Send mail as* में जोड़ें,
  और उसकी पुष्टि करें।
- **Microsoft 365**: प्रशासक From मेलबॉक्स के लिए *Send As* की अनुमति देता है (Exchange
  admin centre &gt; Recipients &gt; Mailboxes &gt; Delegation &gt; Send as), या उसे मेलबॉक्स के alias के
  रूप में जोड़कर aliases से भेजने की अनुमति देता है (`Set-OrganizationConfig
  -SendFromAliasEnabled $true`)।
- **Zoho**: From वही खाता या उसका कोई alias होना चाहिए (Settings &gt; *Send mail as*)।
</translation>
    </message>
    <message>
        <source>
Members&apos; mail services decide whether a bill is genuine by three DNS records of the
**From address&apos;s domain**. With a `@gmail.com` or `@outlook.com` From there is nothing to
set up. With the society&apos;s own domain (`accounts@yoursociety.in`) the society&apos;s IT person
(or whoever registered the domain) adds them where the domain&apos;s DNS is managed (GoDaddy,
BigRock, Hostinger, Cloudflare …):

- **SPF**: which servers may send mail for the domain. **One** TXT record on the domain
  itself; list every service that sends for it.
- **DKIM**: a signature the sending service adds to each message; its public key is
  published in DNS. The provider&apos;s admin console generates it.
- **DMARC**: what receivers do when SPF and DKIM fail, and where to send reports.
  Start with `p=none`, move to `quarantine` once reports are clean.

Since **February 2024 Gmail and Yahoo require** every sender to have SPF or DKIM, and bulk
senders (about 5,000 messages a day) all three, aligned with the From domain; Microsoft&apos;s
Outlook.com followed in May 2025. Without them bills go to spam or are refused (550 5.7.26).

Example for `yoursociety.in` sending with **Google Workspace** (in the DNS panel, host `@`
is the domain itself):

```
Host               Type  Value
@                  TXT   v=spf1 include:_spf.google.com ~all
google._domainkey  TXT   v=DKIM1; k=rsa; p=MIIBIjANBgkq…
_dmarc             TXT   v=DMARC1; p=none; rua=mailto:it@yoursociety.in
```

The DKIM value is generated in the Google Admin console (Apps, Google Workspace, Gmail,
*Authenticate email*); copy it whole.

- **Microsoft 365**: SPF `v=spf1 include:spf.protection.outlook.com -all`; DKIM as the two
  CNAME records (`selector1._domainkey`, `selector2._domainkey`) that Microsoft Defender
  shows under Email authentication settings, DKIM; then *Enable*.
- **Zoho (India)**: SPF `v=spf1 include:zoho.in ~all`; DKIM from Zoho Mail Admin, Domains,
  Email Configuration, DKIM.
- Two services send for the domain? Still **one** SPF record:
  `v=spf1 include:_spf.google.com include:zoho.in ~all`.

**Check**: send a bill to a Gmail address, open it, choose *Show original*: SPF, DKIM and
DMARC should each say **PASS**. Also ask members to add the From address to their contacts
and to press *Not spam* once.
</source>
        <translation>
बिल असली है या नहीं, यह सदस्यों की मेल सेवाएँ **From पते के डोमेन** के तीन DNS रिकॉर्ड से तय
करती हैं। From `@gmail.com` या `@outlook.com` हो तो कुछ भी सेट अप नहीं करना पड़ता। सोसायटी का
अपना डोमेन हो (`accounts@yoursociety.in`) तो सोसायटी का IT व्यक्ति (या जिसने डोमेन पंजीकृत
किया) उन्हें वहाँ जोड़ता है जहाँ डोमेन का DNS सँभाला जाता है (GoDaddy, BigRock, Hostinger,
Cloudflare …):

- **SPF**: डोमेन के लिए कौन-से सर्वर मेल भेज सकते हैं। डोमेन पर ही **एक** TXT रिकॉर्ड; उसके
  लिए भेजने वाली हर सेवा उसमें लिखें।
- **DKIM**: भेजने वाली सेवा हर संदेश पर जो हस्ताक्षर जोड़ती है; उसकी public key DNS में प्रकाशित
  की जाती है। प्रदाता का admin console इसे बनाता है।
- **DMARC**: SPF और DKIM विफल होने पर प्राप्तकर्ता क्या करें, और रिपोर्ट कहाँ भेजें।
  `p=none` से शुरू करें, रिपोर्ट साफ़ आने पर `quarantine` पर जाएँ।

**फ़रवरी 2024 से Gmail और Yahoo अनिवार्य करते हैं** कि हर भेजने वाले के पास SPF या DKIM हो, और
बड़ी मात्रा में भेजने वालों (लगभग 5,000 संदेश प्रतिदिन) के पास तीनों हों, From डोमेन से मेल खाते
हुए; Microsoft के Outlook.com ने मई 2025 में यही किया। इनके बिना बिल स्पैम में जाते हैं या
अस्वीकार हो जाते हैं (550 5.7.26)।

**Google Workspace** से भेजने वाले `yoursociety.in` का उदाहरण (DNS पैनल में host `@` का मतलब
डोमेन खुद है):

```
Host               Type  Value
@                  TXT   v=spf1 include:_spf.google.com ~all
google._domainkey  TXT   v=DKIM1; k=rsa; p=MIIBIjANBgkq…
_dmarc             TXT   v=DMARC1; p=none; rua=mailto:it@yoursociety.in
```

DKIM की value Google Admin console में बनती है (Apps, Google Workspace, Gmail,
*Authenticate email*); उसे पूरा कॉपी करें।

- **Microsoft 365**: SPF `v=spf1 include:spf.protection.outlook.com -all`; DKIM के रूप में वे दो
  CNAME रिकॉर्ड (`selector1._domainkey`, `selector2._domainkey`) जो Microsoft Defender
  Email authentication settings, DKIM में दिखाता है; फिर *Enable*।
- **Zoho (भारत)**: SPF `v=spf1 include:zoho.in ~all`; DKIM Zoho Mail Admin, Domains,
  Email Configuration, DKIM से।
- डोमेन के लिए दो सेवाएँ भेजती हैं? फिर भी SPF रिकॉर्ड **एक** ही:
  `v=spf1 include:_spf.google.com include:zoho.in ~all`।

**जाँच**: किसी Gmail पते पर बिल भेजें, उसे खोलें, *Show original* चुनें: SPF, DKIM और DMARC
हर एक को **PASS** दिखाना चाहिए। सदस्यों से भी From पता अपने contacts में जोड़ने और एक बार
*Not spam* दबाने को कहें।
</translation>
    </message>
    <message>
        <source>
The provider refused **one member&apos;s address**; the other members were sent as usual.
Usual reasons: a typing mistake (`gmial.com`, a missing dot, a space), a mailbox that was
closed, a **full** mailbox, or letters outside plain English that the provider cannot take.

1. **Members** page &gt; *Show: Address refused by the provider* lists them; the provider&apos;s
   words are in **History** and in the Send page&apos;s tooltip.
2. Correct the address in the society&apos;s members file and import it again (a full mailbox:
   ask the member to make room).
3. **Send** page &gt; **Retry failed** sends to them only.

Meanwhile the member can get a printed copy.
</source>
        <translation>
प्रदाता ने **एक सदस्य का पता** अस्वीकार किया; बाकी सदस्यों को हमेशा की तरह भेजा गया।
आम कारण: टाइपिंग की गलती (`gmial.com`, छूटा हुआ बिंदु, कोई खाली जगह), बंद हो चुका मेलबॉक्स,
**भरा हुआ** मेलबॉक्स, या सादी अंग्रेज़ी से बाहर के अक्षर जिन्हें प्रदाता नहीं ले सकता।

1. **सदस्य** पेज &gt; *दिखाएँ: प्रदाता द्वारा अस्वीकृत पता* उनकी सूची दिखाता है; प्रदाता के शब्द
   **इतिहास** में और भेजें पेज के tooltip में हैं।
2. सोसायटी की सदस्य फ़ाइल में पता ठीक करें और उसे दोबारा आयात करें (भरा हुआ मेलबॉक्स: सदस्य से
   जगह खाली करने को कहें)।
3. **भेजें** पेज &gt; **विफल फिर भेजें** सिर्फ़ उन्हीं को भेजता है।

तब तक सदस्य को छपी हुई प्रति दी जा सकती है।
</translation>
    </message>
    <message>
        <source>
- **Could not be made**: something in the member&apos;s details does not fit the bill (a very
  long name or address). Correct it in the file, import again, then Retry failed.
- **The PDF file is missing**: an imported PDF was moved out of SMTP Desk&apos;s data folder.
  Import the PDF folder again on the Members page.
- **No longer in the register**: the bills were imported again without this member&apos;s bill
  after the run began. Import it again if it should still go.
- **Too large**: most providers take 20–25 MB a message. Use a smaller logo or fewer pages.
</source>
        <translation>
- **नहीं बन सका**: सदस्य के विवरण में कुछ ऐसा है जो बिल में फ़िट नहीं होता (बहुत लंबा नाम या
  पता)। फ़ाइल में उसे ठीक करें, दोबारा आयात करें, फिर “विफल फिर भेजें” दबाएँ।
- **PDF फ़ाइल नहीं मिली**: आयात की गई PDF को SMTP Desk के डेटा फ़ोल्डर से बाहर ले जाया गया।
  सदस्य पेज पर PDF फ़ोल्डर दोबारा आयात करें।
- **अब रजिस्टर में नहीं है**: भेजना शुरू होने के बाद बिल इस सदस्य के बिल के बिना दोबारा आयात
  हुए। अगर इसे अब भी जाना चाहिए तो दोबारा आयात करें।
- **बहुत बड़ा**: ज़्यादातर प्रदाता एक संदेश में 20–25 MB लेते हैं। छोटा लोगो या कम पेज इस्तेमाल करें।
</translation>
    </message>
    <message>
        <source>
When the notice&apos;s words do not help, send these to whoever looks after the society&apos;s
email (the **Copy** button here copies a topic for an email):

- the words of the notice, or the result of **Test** in Email Credentials;
- the **log**: Help &gt; Log shows it; the file is `logs/smtp-desk.log` in the data folder
  (File &gt; Open Data Folder). It holds the server&apos;s replies, never the password.

*The mail server reported a problem* means the server answered in words SMTP Desk does not
know: its reply is in the log, and the provider&apos;s support can read it.
</source>
        <translation>
अगर सूचना के शब्दों से मदद न मिले, तो सोसायटी का ईमेल सँभालने वाले व्यक्ति को ये भेजें (यहाँ
का **कॉपी करें** बटन ईमेल के लिए कोई विषय कॉपी करता है):

- सूचना के शब्द, या ईमेल खाता विवरण में **जाँच** का नतीजा;
- **लॉग**: सहायता &gt; लॉग इसे दिखाता है; फ़ाइल डेटा फ़ोल्डर में `logs/smtp-desk.log` है
  (फ़ाइल &gt; डेटा फ़ोल्डर खोलें)। इसमें सर्वर के जवाब होते हैं, पासवर्ड कभी नहीं।

*मेल सर्वर ने एक समस्या बताई* का मतलब है कि सर्वर ने ऐसे शब्दों में जवाब दिया जो SMTP Desk नहीं
जानता: उसका जवाब लॉग में है, और प्रदाता का support उसे पढ़ सकता है।
</translation>
    </message>
    <message>
        <source>The password was changed or has expired</source>
        <translation>पासवर्ड बदल गया है या उसकी अवधि खत्म हो गई है</translation>
    </message>
    <message>
        <source>An App Password is needed (Gmail, Yahoo, Zoho)</source>
        <translation>App Password चाहिए (Gmail, Yahoo, Zoho)</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (or Google)</source>
        <translation>Microsoft (या Google) से साइन इन</translation>
    </message>
    <message>
        <source>Port and security (SSL/TLS or STARTTLS)</source>
        <translation>पोर्ट और सुरक्षा (SSL/TLS या STARTTLS)</translation>
    </message>
    <message>
        <source>Firewall, antivirus or a blocked port</source>
        <translation>फ़ायरवॉल, एंटीवायरस या ब्लॉक किया गया पोर्ट</translation>
    </message>
    <message>
        <source>No internet, or the server&apos;s name is not found</source>
        <translation>इंटरनेट नहीं है, या सर्वर का नाम नहीं मिल रहा</translation>
    </message>
    <message>
        <source>Certificate warnings and a wrong clock</source>
        <translation>प्रमाणपत्र की चेतावनियाँ और गलत घड़ी</translation>
    </message>
    <message>
        <source>The daily sending limit</source>
        <translation>भेजने की दैनिक सीमा</translation>
    </message>
    <message>
        <source>The From address is refused</source>
        <translation>From पता अस्वीकार किया जाता है</translation>
    </message>
    <message>
        <source>Bills land in spam: SPF, DKIM and DMARC</source>
        <translation>बिल स्पैम में जाते हैं: SPF, DKIM और DMARC</translation>
    </message>
    <message>
        <source>A member&apos;s address is refused</source>
        <translation>सदस्य का पता अस्वीकार किया जाता है</translation>
    </message>
    <message>
        <source>A bill could not be made, or is too large</source>
        <translation>बिल नहीं बन सका, या बहुत बड़ा है</translation>
    </message>
    <message>
        <source>Something else: asking for help</source>
        <translation>कुछ और: सहायता माँगना</translation>
    </message>
    <message>
        <source>Troubleshooting — SMTP Desk</source>
        <translation>समस्या समाधान — SMTP Desk</translation>
    </message>
    <message>
        <source>Search the help…</source>
        <translation>सहायता में खोजें…</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>सहायता में खोजें</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>No topic has these words.</source>
        <translation>इन शब्दों वाला कोई विषय नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy this topic, to paste into an email to your IT person</source>
        <translation>यह विषय कॉपी करें, ताकि अपने IT व्यक्ति को ईमेल में पेस्ट कर सकें</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>कॉपी हो गया ✓</translation>
    </message>
</context>
<context>
    <name>unconfirmed_bar</name>
    <message>
        <source>Mark as arri&amp;ved</source>
        <translation>पहुँचा हुआ मानें (&amp;V)</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>फिर से भेजें (&amp;G)</translation>
    </message>
    <message>
        <source>Check the Sent &amp;folder</source>
        <translation>Sent फ़ोल्डर जाँचें (&amp;F)</translation>
    </message>
    <message>
        <source>Look each message up in the account&apos;s Sent folder (IMAP): found there, it was sent; not there, it goes again with the next Start.</source>
        <translation>हर संदेश खाते के Sent फ़ोल्डर (IMAP) में खोजें: वहाँ मिला तो वह भेजा जा चुका है; नहीं मिला तो अगली बार शुरू करें पर दोबारा जाएगा।</translation>
    </message>
    <message>
        <source>⚠ {count} message(s) may or may not have arrived: the connection broke just as they were handed over. Ask the member (or look in the account&apos;s Sent folder), select the row and say which: SMTP Desk never sends them again by itself.</source>
        <translation>⚠ {count} संदेश पहुँचे हों या न भी पहुँचे हों: उन्हें सौंपते समय ही कनेक्शन टूट गया। सदस्य से पूछें (या खाते का Sent फ़ोल्डर देखें), पंक्ति चुनें और बताएँ कि क्या हुआ: SMTP Desk इन्हें अपने-आप कभी दोबारा नहीं भेजता।</translation>
    </message>
</context>
<context>
    <name>unsaved_changes</name>
    <message>
        <source>Email Credentials</source>
        <translation>ईमेल खाता विवरण</translation>
    </message>
    <message>
        <source>Society Profile</source>
        <translation>सोसायटी प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Message Wording</source>
        <translation>संदेश की इबारत</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>बंद करने से पहले इन्हें सहेजें?</translation>
    </message>
    <message>
        <source>Save them before opening another society?</source>
        <translation>दूसरी सोसायटी खोलने से पहले इन्हें सहेजें?</translation>
    </message>
    <message>
        <source>Save them before {what}?</source>
        <translation>{what} से पहले इन्हें सहेजें?</translation>
    </message>
    <message>
        <source>{titles} and the {title}</source>
        <translation>{titles} और {title}</translation>
    </message>
    <message>
        <source>The {title} have changes that are not saved.</source>
        <translation>{title} में ऐसे बदलाव हैं जो सहेजे नहीं गए हैं।</translation>
    </message>
    <message>
        <source>The {title} has changes that are not saved.</source>
        <translation>{title} में ऐसे बदलाव हैं जो सहेजे नहीं गए हैं।</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>host name</source>
        <translation>होस्ट नाम</translation>
    </message>
    <message>
        <source>user ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>From email</source>
        <translation>From ईमेल</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>From नाम</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Reply-To</translation>
    </message>
    <message>
        <source>archive copy</source>
        <translation>आर्काइव प्रति</translation>
    </message>
    <message>
        <source>password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>The {field} contains a line break or an invisible control character; type or paste it again.</source>
        <translation>{field} में लाइन ब्रेक या अदृश्य नियंत्रण अक्षर है; इसे फिर से टाइप या पेस्ट करें।</translation>
    </message>
    <message>
        <source>Keep the From name under 100 characters.</source>
        <translation>From नाम 100 अक्षरों से कम रखें।</translation>
    </message>
    <message>
        <source>The limit is a whole number of messages (0 for no limit), or empty for the provider&apos;s limit.</source>
        <translation>सीमा संदेशों की पूर्ण संख्या होती है (कोई सीमा न हो तो 0); प्रदाता की सीमा के लिए खाली छोड़ें।</translation>
    </message>
    <message>
        <source>Enter the SMTP server&apos;s name, for example smtp.gmail.com.</source>
        <translation>SMTP सर्वर का नाम लिखें, जैसे smtp.gmail.com।</translation>
    </message>
    <message>
        <source>Enter only the server name, without &apos;https://&apos; or &apos;smtp://&apos;.</source>
        <translation>केवल सर्वर का नाम लिखें, &apos;https://&apos; या &apos;smtp://&apos; के बिना।</translation>
    </message>
    <message>
        <source>The host name cannot contain spaces.</source>
        <translation>होस्ट नाम में स्पेस नहीं हो सकता।</translation>
    </message>
    <message>
        <source>That is an email address; the host is a server name like smtp.gmail.com.</source>
        <translation>यह ईमेल पता है; होस्ट smtp.gmail.com जैसा सर्वर नाम होता है।</translation>
    </message>
    <message>
        <source>Enter only the server name, without &apos;/&apos; or a path.</source>
        <translation>केवल सर्वर का नाम लिखें, &apos;/&apos; या पाथ के बिना।</translation>
    </message>
    <message>
        <source>Enter an IPv6 address without the square brackets.</source>
        <translation>IPv6 पता वर्गाकार कोष्ठकों के बिना लिखें।</translation>
    </message>
    <message>
        <source>Put the port number in the Port field, not after the host name.</source>
        <translation>पोर्ट नंबर होस्ट नाम के बाद नहीं, पोर्ट फ़ील्ड में लिखें।</translation>
    </message>
    <message>
        <source>A host name uses letters, digits, &apos;-&apos; and dots between the parts, for example mail.yoursociety.in.</source>
        <translation>होस्ट नाम में अक्षर, अंक, &apos;-&apos; और भागों के बीच बिंदु (.) होते हैं, जैसे mail.yoursociety.in।</translation>
    </message>
    <message>
        <source>This is not a valid IP address (four numbers 0–255).</source>
        <translation>यह मान्य IP पता नहीं है (0–255 की चार संख्याएँ)।</translation>
    </message>
    <message>
        <source>Enter the port number, usually 587 or 465.</source>
        <translation>पोर्ट नंबर लिखें, आमतौर पर 587 या 465।</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535, usually 587 or 465.</source>
        <translation>पोर्ट 1 से 65535 के बीच की पूर्ण संख्या होनी चाहिए, आमतौर पर 587 या 465।</translation>
    </message>
    <message>
        <source>Choose the security: &apos;ssl&apos;, &apos;starttls&apos; or &apos;none&apos;.</source>
        <translation>सुरक्षा चुनें: &apos;ssl&apos;, &apos;starttls&apos; या &apos;none&apos;।</translation>
    </message>
    <message>
        <source>Signing in with Microsoft or Google needs an encrypted connection: choose SSL/TLS or STARTTLS.</source>
        <translation>Microsoft या Google से साइन इन करने के लिए एन्क्रिप्टेड कनेक्शन ज़रूरी है: SSL/TLS या STARTTLS चुनें।</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network can read the bills you send. Choose SSL/TLS or STARTTLS.</source>
        <translation>एन्क्रिप्शन के बिना, नेटवर्क पर कोई भी आपके भेजे हुए बिल पढ़ सकता है। SSL/TLS या STARTTLS चुनें।</translation>
    </message>
    <message>
        <source> SMTP Desk will not send your password unencrypted, so login will fail.</source>
        <translation> SMTP Desk आपका पासवर्ड बिना एन्क्रिप्शन के नहीं भेजेगा, इसलिए लॉगिन विफल होगा।</translation>
    </message>
    <message>
        <source>Port {port} normally uses {usual}, not {chosen}; the connection will probably fail.</source>
        <translation>पोर्ट {port} आमतौर पर {chosen} नहीं, {usual} का उपयोग करता है; कनेक्शन शायद विफल होगा।</translation>
    </message>
    <message>
        <source>For {provider} the user ID is literally &apos;{user}&apos;; put your API key in the Password field.</source>
        <translation>{provider} के लिए User ID ठीक &apos;{user}&apos; ही होता है; अपनी API key पासवर्ड फ़ील्ड में डालें।</translation>
    </message>
    <message>
        <source>Enter the user ID: {hint}.</source>
        <translation>User ID लिखें: {hint}।</translation>
    </message>
    <message>
        <source>{provider} expects {hint} as the user ID, for example accounts@yoursociety.in.</source>
        <translation>{provider} को User ID के रूप में {hint} चाहिए, जैसे accounts@yoursociety.in।</translation>
    </message>
    <message>
        <source>Enter the {kind}.</source>
        <translation>{kind} लिखें।</translation>
    </message>
    <message>
        <source>Enter the user ID that goes with this password.</source>
        <translation>इस पासवर्ड से जुड़ा User ID लिखें।</translation>
    </message>
    <message>
        <source>{provider} usually needs a {length}-character app password here ({alphabet} only, spaces ignored); this one has {count}. If the connection test fails, create an app password and paste it here.</source>
        <translation>{provider} को यहाँ आमतौर पर {length} अक्षरों का App Password चाहिए (केवल {alphabet}, स्पेस नहीं गिने जाते); इसमें {count} हैं। अगर कनेक्शन जाँच विफल हो, तो App Password बनाएँ और उसे यहाँ पेस्ट करें।</translation>
    </message>
    <message>
        <source>Enter the {field} address.</source>
        <translation>{field} पता लिखें।</translation>
    </message>
    <message>
        <source>This {field} address is not valid: {reason}</source>
        <translation>यह {field} पता मान्य नहीं है: {reason}</translation>
    </message>
    <message>
        <source>Members trust bills from the society&apos;s own domain (like accounts@yoursociety.in) more than a free @{domain} address.</source>
        <translation>सदस्य मुफ़्त @{domain} पते की तुलना में सोसायटी के अपने डोमेन (जैसे accounts@yoursociety.in) से आए बिलों पर ज़्यादा भरोसा करते हैं।</translation>
    </message>
    <message>
        <source>From differs from the user ID. {rule}</source>
        <translation>From, User ID से अलग है। {rule}</translation>
    </message>
</context>
<context>
    <name>validation_signin</name>
    <message>
        <source>Microsoft 365 and Outlook.com</source>
        <translation>Microsoft 365 और Outlook.com</translation>
    </message>
    <message>
        <source>Gmail and Google Workspace</source>
        <translation>Gmail और Google Workspace</translation>
    </message>
    <message>
        <source>Microsoft turns password sign-in off by default at the end of December 2026. Switch to Sign in with Microsoft so the bills keep going out.</source>
        <translation>दिसंबर 2026 के अंत में Microsoft पासवर्ड से साइन-इन अपने आप बंद कर देगा। बिल भेजना जारी रहे, इसलिए Microsoft से साइन इन अपनाएँ।</translation>
    </message>
    <message>
        <source>Outlook.com stopped accepting passwords for sending in September 2024: choose Sign in with Microsoft.</source>
        <translation>सितंबर 2024 से Outlook.com भेजने के लिए पासवर्ड स्वीकार नहीं करता: Microsoft से साइन इन चुनें।</translation>
    </message>
    <message>
        <source>Choose the sign-in: &apos;password&apos;, &apos;microsoft&apos; or &apos;google&apos;.</source>
        <translation>साइन-इन का तरीका चुनें: &apos;password&apos;, &apos;microsoft&apos; या &apos;google&apos;।</translation>
    </message>
    <message>
        <source>Sign in with {service} works only with {providers} (or a custom server that accepts its sign-in); choose the password for {provider}.</source>
        <translation>{service} से साइन इन केवल {providers} के साथ चलता है (या उसका साइन-इन स्वीकार करने वाले कस्टम सर्वर के साथ); {provider} के लिए पासवर्ड चुनें।</translation>
    </message>
    <message>
        <source>Enter the mailbox address you sign in to {service} with.</source>
        <translation>{service} में जिस मेलबॉक्स पते से साइन इन करते हैं, वह डालें।</translation>
    </message>
    <message>
        <source>Enter the client ID of the society&apos;s {service} app registration (your IT person creates it once; see the steps beside this field).</source>
        <translation>सोसायटी के {service} ऐप पंजीकरण का client ID डालें (आपके IT सहायक इसे एक बार बनाते हैं; इस फ़ील्ड के पास दिए चरण देखें)।</translation>
    </message>
    <message>
        <source>A Microsoft client ID looks like 1b2c3d4e-5f60-4a1b-9c8d-7e6f5a4b3c2d (Application (client) ID on the app&apos;s Overview page in Microsoft Entra).</source>
        <translation>Microsoft client ID ऐसा दिखता है: 1b2c3d4e-5f60-4a1b-9c8d-7e6f5a4b3c2d (Microsoft Entra में ऐप के Overview पेज पर Application (client) ID)।</translation>
    </message>
    <message>
        <source>The client ID is one word; paste it again.</source>
        <translation>client ID एक ही शब्द होता है; इसे दोबारा पेस्ट करें।</translation>
    </message>
    <message>
        <source>The sign-in authority is a full https:// address, for example https://login.microsoftonline.com/yoursociety.in.</source>
        <translation>साइन-इन अथॉरिटी पूरा https:// पता होता है, उदाहरण के लिए https://login.microsoftonline.com/yoursociety.in।</translation>
    </message>
    <message>
        <source>Give the authority without ? or # parts.</source>
        <translation>अथॉरिटी ? या # वाले हिस्सों के बिना दें।</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <source>&lt;b&gt;PRACTICE&lt;/b&gt; — no real email leaves this PC: every message goes to the test inbox. Members, bills and history here are practice copies.</source>
        <translation>&lt;b&gt;अभ्यास&lt;/b&gt; — कोई असली ईमेल इस PC से बाहर नहीं जाता: हर संदेश टेस्ट इनबॉक्स में जाता है। यहाँ के सदस्य, बिल और इतिहास अभ्यास की प्रतियाँ हैं।</translation>
    </message>
    <message>
        <source>Test &amp;inbox</source>
        <translation>टेस्ट इनबॉक्स (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Back to real work</source>
        <translation>असली काम पर वापस (&amp;B)</translation>
    </message>
</context>
<context>
    <name>window_menus</name>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Home (month-end checklist)</source>
        <translation>मुख्य पृष्ठ (महीने के अंत की सूची) (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Society…</source>
        <translation>सोसायटी खोलें… (&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>डेटा फ़ोल्डर खोलें (&amp;D)</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>बैकअप वापस लाएँ… (&amp;B)</translation>
    </message>
    <message>
        <source>Back to &amp;Real Work</source>
        <translation>असली काम पर वापस (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Practice Mode…</source>
        <translation>अभ्यास मोड… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;System Tools</source>
        <translation>सिस्टम टूल्स (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Email Credentials</source>
        <translation>ईमेल खाता विवरण (&amp;E)</translation>
    </message>
    <message>
        <source>Society &amp;Profile</source>
        <translation>सोसायटी प्रोफ़ाइल (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Members &amp;&amp; Documents</source>
        <translation>सदस्य और दस्तावेज़ (&amp;M)</translation>
    </message>
    <message>
        <source>Message &amp;Wording</source>
        <translation>संदेश की इबारत (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>भेजें (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Send Documents</source>
        <translation>दस्तावेज़ भेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>इतिहास (&amp;H)</translation>
    </message>
    <message>
        <source>Check for &amp;Bounces</source>
        <translation>वापस आए मेल जाँचें (&amp;B)</translation>
    </message>
    <message>
        <source>Read the mailbox now for bills that came back undelivered</source>
        <translation>बिना पहुँचे वापस आए बिल ढूँढने के लिए अभी मेलबॉक्स पढ़ें</translation>
    </message>
    <message>
        <source>Test &amp;Inbox</source>
        <translation>टेस्ट इनबॉक्स (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Troubleshooting</source>
        <translation>समस्या समाधान (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>The troubleshooting guide is not part of this installation.</source>
        <translation>समस्या समाधान गाइड इस इंस्टॉलेशन में शामिल नहीं है।</translation>
    </message>
    <message>
        <source>The diagnosis under a failed Test says what to do; the log pane (Help &gt; Log) has the details for whoever helps you.</source>
        <translation>विफल जाँच के नीचे दिया गया निदान बताता है कि क्या करें; आपकी मदद करने वाले व्यक्ति के लिए विवरण लॉग पैनल (सहायता &gt; लॉग) में है।</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} के बारे में</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;The society office&apos;s digital postman.&lt;br&gt;Data folder: {folder}</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;सोसायटी कार्यालय का डिजिटल डाकिया।&lt;br&gt;डेटा फ़ोल्डर: {folder}</translation>
    </message>
    <message>
        <source>{count} message(s) were sent after this backup was made: SMTP Desk will forget them, and sending the same documents again would mail those members twice.</source>
        <translation>यह बैकअप बनने के बाद {count} संदेश भेजे गए: SMTP Desk उन्हें भूल जाएगा, और वही दस्तावेज़ फिर से भेजने पर उन सदस्यों को वे दो बार मिलेंगे।</translation>
    </message>
    <message>
        <source>Go back to {backup}?</source>
        <translation>{backup} पर वापस जाएँ?</translation>
    </message>
    <message>
        <source>Changes made to the register since then are undone; the register as it is now is kept as a backup, so this can be undone too.</source>
        <translation>उसके बाद रजिस्टर में किए गए बदलाव हट जाएँगे; अभी का रजिस्टर बैकअप के रूप में रखा जाएगा, इसलिए इसे भी पूर्ववत किया जा सकता है।</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>बहाल करें (&amp;R)</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>अभी कोई बैकअप नहीं है।</translation>
    </message>
    <message>
        <source>A copy of the register is made before each import and each run.</source>
        <translation>हर आयात और हर भेजने से पहले रजिस्टर की एक प्रति बनाई जाती है।</translation>
    </message>
    <message>
        <source>A backup cannot be restored while sending{who}.</source>
        <translation>भेजना चल रहा हो तब बैकअप वापस नहीं लाया जा सकता{who}।</translation>
    </message>
    <message>
        <source>Restore it when the run has finished, or pause it first.</source>
        <translation>भेजना पूरा होने के बाद इसे वापस लाएँ, या पहले भेजना रोकें।</translation>
    </message>
    <message>
        <source>A backup cannot be restored while an import is under way.</source>
        <translation>आयात चल रहा हो तब बैकअप वापस नहीं लाया जा सकता।</translation>
    </message>
    <message>
        <source>Restore it when the import has finished.</source>
        <translation>आयात पूरा होने के बाद इसे वापस लाएँ।</translation>
    </message>
    <message>
        <source>Sending was paused or interrupted ({runs}). Resume now? Messages already sent will not be sent again.</source>
        <translation>भेजना रोका गया था या बीच में रुक गया ({runs})। अभी फिर शुरू करें? पहले भेजे जा चुके संदेश दोबारा नहीं भेजे जाएँगे।</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>the member&apos;s name</source>
        <translation>सदस्य का नाम</translation>
    </message>
    <message>
        <source>the flat</source>
        <translation>फ्लैट</translation>
    </message>
    <message>
        <source>the month (or months)</source>
        <translation>महीना (या महीने)</translation>
    </message>
    <message>
        <source>the amount due</source>
        <translation>देय राशि</translation>
    </message>
    <message>
        <source>the amount received</source>
        <translation>प्राप्त राशि</translation>
    </message>
    <message>
        <source>&apos;; amount due ₹ …&apos; when there is an amount, else nothing</source>
        <translation>राशि हो तो &apos;; amount due ₹ …&apos;, वरना कुछ नहीं</translation>
    </message>
    <message>
        <source>the bill&apos;s due date</source>
        <translation>बिल की देय तिथि</translation>
    </message>
    <message>
        <source>the bill or receipt number</source>
        <translation>बिल या रसीद संख्या</translation>
    </message>
    <message>
        <source>the society&apos;s name</source>
        <translation>सोसायटी का नाम</translation>
    </message>
    <message>
        <source>a UPI payment link for the amount due</source>
        <translation>देय राशि के लिए UPI भुगतान लिंक</translation>
    </message>
    <message>
        <source>the society office&apos;s phone</source>
        <translation>सोसायटी कार्यालय का फ़ोन</translation>
    </message>
    <message>
        <source>the document, in words</source>
        <translation>दस्तावेज़, शब्दों में</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>text, line {line}</source>
        <translation>पाठ, पंक्ति {line}</translation>
    </message>
    <message>
        <source>{where}, column {column}: {message}</source>
        <translation>{where}, अक्षर {column}: {message}</translation>
    </message>
    <message>
        <source>this &apos;{&apos; is never closed: write the placeholder as {flat}, or &apos;{{&apos; for a brace</source>
        <translation>यह &apos;{&apos; कभी बंद नहीं होता: प्लेसहोल्डर को {flat} की तरह लिखें, या ब्रैकेट के लिए &apos;{{&apos; लिखें</translation>
    </message>
    <message>
        <source>this &apos;}&apos; closes nothing: write &apos;}}&apos; for a brace</source>
        <translation>यह &apos;}&apos; कुछ भी बंद नहीं करता: ब्रैकेट के लिए &apos;}}&apos; लिखें</translation>
    </message>
    <message>
        <source>a maintenance bill</source>
        <translation>रखरखाव बिल</translation>
    </message>
    <message>
        <source>a payment receipt</source>
        <translation>भुगतान रसीद</translation>
    </message>
    <message>
        <source>a member statement</source>
        <translation>सदस्य विवरण</translation>
    </message>
    <message>
        <source>the test statement</source>
        <translation>नमूना विवरण</translation>
    </message>
    <message>
        <source>{{{name}}} has no value in {kind}</source>
        <translation>{kind} में {{{name}}} का कोई मान नहीं होता</translation>
    </message>
    <message>
        <source>{{{name}}} is not a placeholder</source>
        <translation>{{{name}}} कोई प्लेसहोल्डर नहीं है</translation>
    </message>
    <message>
        <source> — did you mean {{{close}}}?</source>
        <translation> — क्या आपका मतलब {{{close}}} है?</translation>
    </message>
    <message>
        <source>the subject is empty: members would not know what the mail is</source>
        <translation>विषय खाली है: सदस्यों को पता नहीं चलेगा कि यह ईमेल किस बारे में है</translation>
    </message>
    <message>
        <source>the text is empty: write what the member should read</source>
        <translation>पाठ खाली है: सदस्य को क्या पढ़ना है वह लिखें</translation>
    </message>
    <message>
        <source>a subject is one line</source>
        <translation>विषय एक ही पंक्ति का होता है</translation>
    </message>
    <message>
        <source>the subject is {count} characters long; keep it under {limit} (phones show about 40)</source>
        <translation>विषय {count} अक्षरों का है; इसे {limit} से कम रखें (फ़ोन पर लगभग 40 दिखते हैं)</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation>पाठ {limit} अक्षरों से लंबा है</translation>
    </message>
    <message>
        <source>an invisible control character</source>
        <translation>एक अदृश्य नियंत्रण वर्ण</translation>
    </message>
    <message>
        <source>the subject could be empty for some members: add words of your own, or {flat} or {period}</source>
        <translation>कुछ सदस्यों के लिए विषय खाली रह सकता है: अपने शब्द या {flat} अथवा {period} जोड़ें</translation>
    </message>
</context>
<context>
    <name>wording_page</name>
    <message>
        <source>Maintenance bill</source>
        <translation>रखरखाव बिल</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>भुगतान रसीद</translation>
    </message>
    <message>
        <source>Member statement</source>
        <translation>सदस्य विवरण</translation>
    </message>
    <message>
        <source>Test statement (Email Credentials)</source>
        <translation>नमूना विवरण (ईमेल खाता विवरण)</translation>
    </message>
    <message>
        <source>Message Wording</source>
        <translation>संदेश की इबारत</translation>
    </message>
    <message>
        <source>What members read in the email that carries their document. Words in braces, like {member_name}, are filled in for each member.</source>
        <translation>सदस्य अपने दस्तावेज़ वाले ईमेल में जो पढ़ते हैं। ब्रैकेट में लिखे शब्द, जैसे {member_name}, हर सदस्य के लिए अपने-आप भर दिए जाते हैं।</translation>
    </message>
    <message>
        <source>The language members read: the month, the due date and the amount are written in it, and the standard wording comes in it.</source>
        <translation>सदस्य जो भाषा पढ़ते हैं: महीना, देय तिथि और राशि इसी भाषा में लिखी जाती है, और मानक इबारत भी इसी भाषा में मिलती है।</translation>
    </message>
    <message>
        <source>Double-click to put it where the cursor is.</source>
        <translation>कर्सर की जगह पर डालने के लिए डबल-क्लिक करें।</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>पूर्ववत करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use the standard wording</source>
        <translation>मानक इबारत इस्तेमाल करें (&amp;U)</translation>
    </message>
    <message>
        <source>Message for</source>
        <translation>संदेश किसके लिए</translation>
    </message>
    <message>
        <source>Members read it in</source>
        <translation>सदस्यों की भाषा</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>प्लेसहोल्डर</translation>
    </message>
    <message>
        <source>The saved wording could not be used ({reason}); the standard one is shown.</source>
        <translation>सहेजी गई इबारत इस्तेमाल नहीं हो सकी ({reason}); मानक इबारत दिखाई गई है।</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>उदाहरण: {example}</translation>
    </message>
    <message>
        <source>Correct the mistakes on the left to see the preview.</source>
        <translation>पूर्वावलोकन देखने के लिए बाईं ओर की गलतियाँ ठीक करें।</translation>
    </message>
    <message>
        <source>The wording of the {kind} is saved; runs started from now on use it.</source>
        <translation>{kind} की इबारत सहेज ली गई; अब से शुरू होने वाले हर भेजने के काम में यही इस्तेमाल होगी।</translation>
    </message>
    <message>
        <source>The standard wording is shown; Save to use it again.</source>
        <translation>मानक इबारत दिखाई गई है; इसे फिर से इस्तेमाल करने के लिए सहेजें।</translation>
    </message>
    <message>
        <source>The wording you changed is not saved.</source>
        <translation>आपकी बदली हुई इबारत सहेजी नहीं गई है।</translation>
    </message>
    <message>
        <source>Save it before showing another?</source>
        <translation>दूसरी दिखाने से पहले इसे सहेजें?</translation>
    </message>
    <message>
        <source>Preview for the member of</source>
        <translation>इस फ्लैट के सदस्य के लिए पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>सादा पाठ</translation>
    </message>
    <message>
        <source>As formatted (HTML)</source>
        <translation>फ़ॉर्मेट किया हुआ (HTML)</translation>
    </message>
    <message>
        <source>Preview for flat</source>
        <translation>फ्लैट के लिए पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Import the members (Members &amp; Documents) to see a member&apos;s message here.</source>
        <translation>यहाँ किसी सदस्य का संदेश देखने के लिए सदस्य आयात करें (सदस्य और दस्तावेज़)।</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>पूर्वावलोकन बन रहा है…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>प्रति</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>संलग्नक</translation>
    </message>
    <message>
        <source>Flat {flat}, {period}: exactly as the run will send it.</source>
        <translation>फ्लैट {flat}, {period}: ठीक वैसा ही जैसा भेजते समय जाएगा।</translation>
    </message>
    <message>
        <source>The test email, as Send test statement sends it.</source>
        <translation>टेस्ट ईमेल, जैसा “नमूना विवरण भेजें” उसे भेजता है।</translation>
    </message>
    <message>
        <source>No preview: {reason}.</source>
        <translation>पूर्वावलोकन नहीं: {reason}।</translation>
    </message>
</context>
<context>
    <name>wording_preview</name>
    <message>
        <source>import the members and their documents first</source>
        <translation>पहले सदस्य और उनके दस्तावेज़ आयात करें</translation>
    </message>
    <message>
        <source>no member with flat {flat} in the register</source>
        <translation>रजिस्टर में फ्लैट {flat} का कोई सदस्य नहीं है</translation>
    </message>
    <message>
        <source>flat {flat} has no {what} in the register</source>
        <translation>रजिस्टर में फ्लैट {flat} का कोई {what} नहीं है</translation>
    </message>
    <message>
        <source>flat {flat} has no email address in the register: a run sends it nothing (print its copy instead)</source>
        <translation>फ्लैट {flat} का ईमेल पता रजिस्टर में नहीं है: भेजते समय उन्हें कुछ नहीं जाएगा (उनकी प्रति छापकर दें)</translation>
    </message>
</context>
<context>
    <name>wording_store</name>
    <message>
        <source>empty until the Society Profile has the society&apos;s name</source>
        <translation>सोसायटी प्रोफ़ाइल में सोसायटी का नाम भरने तक खाली</translation>
    </message>
    <message>
        <source>empty: the Society Profile has no office phone</source>
        <translation>खाली: सोसायटी प्रोफ़ाइल में कार्यालय का फ़ोन नहीं है</translation>
    </message>
    <message>
        <source>empty: the Society Profile has no UPI ID</source>
        <translation>खाली: सोसायटी प्रोफ़ाइल में UPI ID नहीं है</translation>
    </message>
</context>
</TS>
