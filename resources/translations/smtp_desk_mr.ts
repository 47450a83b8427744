<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mr_IN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>येथे पाहा:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फाइलचे नाव (&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>फाइलचा प्रकार:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>उघडा (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>जतन करा (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>निवडा (&amp;C)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करा (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>पेस्ट करा (&amp;P)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>कट करा (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करा (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>पुन्हा करा (&amp;R)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटवा</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सर्व निवडा</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक आहे</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>होय (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नाही (&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>जतन करा</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>टाकून द्या</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करा</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>उघडा</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करा</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>जतन करू नका</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <source>None — not recommended</source>
        <translation>एन्क्रिप्शन नाही — शिफारस केलेली नाही</translation>
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
        <translation>मेल सर्व्हरचे नाव सापडले नाही</translation>
    </message>
    <message>
        <source>The SMTP host is misspelt, or this computer is not connected to the internet.</source>
        <translation>SMTP होस्टचे स्पेलिंग चुकले आहे, किंवा हा संगणक इंटरनेटला जोडलेला नाही.</translation>
    </message>
    <message>
        <source>Check the SMTP host (for Gmail it is smtp.gmail.com) and that websites open on this computer.</source>
        <translation>SMTP होस्ट तपासा (Gmail साठी तो smtp.gmail.com आहे) आणि या संगणकावर वेबसाइट उघडतात का ते पाहा.</translation>
    </message>
    <message>
        <source>The mail server refused the connection</source>
        <translation>मेल सर्व्हरने कनेक्शन नाकारले</translation>
    </message>
    <message>
        <source>Nothing answers on this port of the server: the port is wrong, or a firewall or antivirus on this computer blocks it.</source>
        <translation>सर्व्हरच्या या पोर्टवर कोणीही प्रतिसाद देत नाही: पोर्ट चुकीचा आहे, किंवा या संगणकावरील फायरवॉल किंवा अँटीव्हायरस तो अडवत आहे.</translation>
    </message>
    <message>
        <source>Use port 587 (STARTTLS) or 465 (SSL/TLS) as your provider says; if they are right, allow SMTP Desk in the firewall or antivirus.</source>
        <translation>तुमचा प्रदाता सांगतो त्याप्रमाणे पोर्ट 587 (STARTTLS) किंवा 465 (SSL/TLS) वापरा; ते बरोबर असल्यास, फायरवॉल किंवा अँटीव्हायरसमध्ये SMTP Desk ला परवानगी द्या.</translation>
    </message>
    <message>
        <source>The mail server did not answer in time</source>
        <translation>मेल सर्व्हरने वेळेत उत्तर दिले नाही</translation>
    </message>
    <message>
        <source>A firewall, antivirus or the internet provider blocks this port (port 25 is blocked by most providers), or the network is very slow.</source>
        <translation>फायरवॉल, अँटीव्हायरस किंवा इंटरनेट कंपनी हा पोर्ट अडवत आहे (बहुतेक कंपन्या पोर्ट 25 अडवतात), किंवा नेटवर्क खूप संथ आहे.</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS (or 465 with SSL/TLS) and try again; if it still fails, ask whoever manages the office network to allow outgoing SMTP.</source>
        <translation>STARTTLS सह पोर्ट 587 (किंवा SSL/TLS सह 465) वापरून पुन्हा प्रयत्न करा; तरीही जमले नाही, तर कार्यालयाचे नेटवर्क पाहणाऱ्या व्यक्तीला बाहेर जाणाऱ्या SMTP ला परवानगी देण्यास सांगा.</translation>
    </message>
    <message>
        <source>The security setting does not match the port</source>
        <translation>सुरक्षा सेटिंग पोर्टशी जुळत नाही</translation>
    </message>
    <message>
        <source>The server speaks a different kind of encryption on this port (SSL/TLS versus STARTTLS).</source>
        <translation>या पोर्टवर सर्व्हर वेगळ्या प्रकारचे एन्क्रिप्शन वापरतो (SSL/TLS की STARTTLS).</translation>
    </message>
    <message>
        <source>Use the suggested port and security, then test again.</source>
        <translation>सुचवलेला पोर्ट आणि सुरक्षा निवडा, मग पुन्हा तपासा.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up</source>
        <translation>सुरक्षित कनेक्शन जोडता आले नाही</translation>
    </message>
    <message>
        <source>The server and this computer could not agree on encryption (an old server, or something on the network interfering).</source>
        <translation>सर्व्हर आणि हा संगणक एन्क्रिप्शनवर एकमत होऊ शकले नाहीत (जुना सर्व्हर, किंवा नेटवर्कवरील काहीतरी अडथळा आणत आहे).</translation>
    </message>
    <message>
        <source>Check the port and security setting with your provider; if they are right, ask the provider whether the server supports TLS 1.2 or newer.</source>
        <translation>पोर्ट आणि सुरक्षा सेटिंग तुमच्या प्रदात्याकडून खात्री करून घ्या; ती बरोबर असल्यास, सर्व्हर TLS 1.2 किंवा नवीन आवृत्ती वापरतो का, हे प्रदात्याला विचारा.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted</source>
        <translation>मेल सर्व्हरचे प्रमाणपत्र विश्वासार्ह नाही</translation>
    </message>
    <message>
        <source>The certificate is self-signed, expired, or replaced on the way by antivirus or a network filter; or this computer&apos;s clock is wrong.</source>
        <translation>प्रमाणपत्र स्वतःच स्वाक्षरी केलेले आहे, त्याची मुदत संपली आहे, किंवा वाटेत अँटीव्हायरस किंवा नेटवर्क फिल्टरने ते बदलले आहे; किंवा या संगणकाचे घड्याळ चुकीचे आहे.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time; turn off &quot;email scanning&quot; or &quot;SSL scanning&quot; in the antivirus; or ask the provider for the correct host name.</source>
        <translation>संगणकाची तारीख आणि वेळ तपासा; अँटीव्हायरसमधील &quot;email scanning&quot; किंवा &quot;SSL scanning&quot; बंद करा; किंवा प्रदात्याकडून योग्य होस्ट नाव विचारून घ्या.</translation>
    </message>
    <message>
        <source>The certificate belongs to a different server name</source>
        <translation>प्रमाणपत्र दुसऱ्या सर्व्हर नावाचे आहे</translation>
    </message>
    <message>
        <source>The SMTP host was typed as an IP address or a different name than the one the server&apos;s certificate is issued for.</source>
        <translation>SMTP होस्ट म्हणून IP पत्ता, किंवा सर्व्हरचे प्रमाणपत्र ज्या नावासाठी दिले आहे त्यापेक्षा वेगळे नाव टाइप केले आहे.</translation>
    </message>
    <message>
        <source>Use the provider&apos;s exact host name (for example smtp.gmail.com), not an IP address or your website&apos;s name.</source>
        <translation>प्रदात्याचे अचूक होस्ट नाव वापरा (उदाहरणार्थ smtp.gmail.com), IP पत्ता किंवा तुमच्या वेबसाइटचे नाव नाही.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS)</source>
        <translation>सर्व्हर एन्क्रिप्शन (STARTTLS) देत नाही</translation>
    </message>
    <message>
        <source>This server or port does not support STARTTLS, or something on the network removed it. SMTP Desk did not send your password.</source>
        <translation>हा सर्व्हर किंवा पोर्ट STARTTLS वापरत नाही, किंवा नेटवर्कवरील कशाने तरी ते काढून टाकले. SMTP Desk ने तुमचा पासवर्ड पाठवला नाही.</translation>
    </message>
    <message>
        <source>Use port 465 with SSL/TLS, or the provider&apos;s STARTTLS port (usually 587).</source>
        <translation>SSL/TLS सह पोर्ट 465 वापरा, किंवा प्रदात्याचा STARTTLS पोर्ट (सहसा 587).</translation>
    </message>
    <message>
        <source>The user ID or password was not accepted</source>
        <translation>सर्व्हरने User ID किंवा पासवर्ड स्वीकारला नाही</translation>
    </message>
    <message>
        <source>The password is wrong or was changed, or the user ID is not the full address.</source>
        <translation>पासवर्ड चुकीचा आहे किंवा बदलला गेला आहे, किंवा User ID हा पूर्ण ईमेल पत्ता नाही.</translation>
    </message>
    <message>
        <source>Re-enter the password (did someone change it recently?) and use the full email address as user ID.</source>
        <translation>पासवर्ड पुन्हा टाका (अलीकडे कोणी तो बदलला का?) आणि User ID म्हणून पूर्ण ईमेल पत्ता वापरा.</translation>
    </message>
    <message>
        <source>This account needs an App Password</source>
        <translation>या खात्यासाठी App Password आवश्यक आहे</translation>
    </message>
    <message>
        <source>The provider does not accept the normal account password from programs.</source>
        <translation>प्रदाता प्रोग्राम्सकडून खात्याचा नेहमीचा पासवर्ड स्वीकारत नाही.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for the account, create an App Password and paste it into the Password field.</source>
        <translation>खात्यासाठी 2-Step Verification सुरू करा, App Password तयार करा आणि तो पासवर्ड फील्डमध्ये पेस्ट करा.</translation>
    </message>
    <message>
        <source>The provider has switched off password sign-in for SMTP</source>
        <translation>प्रदात्याने SMTP साठी पासवर्डने साइन इन बंद केले आहे</translation>
    </message>
    <message>
        <source>The mailbox or organisation does not allow programs to sign in with a password (SMTP AUTH is disabled).</source>
        <translation>मेलबॉक्स किंवा संस्था प्रोग्राम्सना पासवर्डने साइन इन करू देत नाही (SMTP AUTH बंद आहे).</translation>
    </message>
    <message>
        <source>Ask your IT administrator to enable SMTP AUTH (authenticated SMTP) for this mailbox.</source>
        <translation>तुमच्या IT प्रशासकाला या मेलबॉक्ससाठी SMTP AUTH (authenticated SMTP) सुरू करण्यास सांगा.</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection</source>
        <translation>सर्व्हरला एन्क्रिप्टेड कनेक्शन आवश्यक आहे</translation>
    </message>
    <message>
        <source>Signing in needs SSL/TLS or STARTTLS, and the connection is not encrypted.</source>
        <translation>साइन इन करण्यासाठी SSL/TLS किंवा STARTTLS लागते, आणि हे कनेक्शन एन्क्रिप्टेड नाही.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (port 465) or STARTTLS (port 587).</source>
        <translation>SSL/TLS (पोर्ट 465) किंवा STARTTLS (पोर्ट 587) निवडा.</translation>
    </message>
    <message>
        <source>The server does not offer sign-in</source>
        <translation>सर्व्हर साइन इनची सोय देत नाही</translation>
    </message>
    <message>
        <source>This server or port does not accept a user ID and password (it may be a relay for a different network, or sign-in is allowed only after encryption).</source>
        <translation>हा सर्व्हर किंवा पोर्ट User ID आणि पासवर्ड स्वीकारत नाही (तो दुसऱ्या नेटवर्कसाठीचा रिले असू शकतो, किंवा एन्क्रिप्शननंतरच साइन इन करता येते).</translation>
    </message>
    <message>
        <source>Check the host and port with your provider, and choose SSL/TLS or STARTTLS.</source>
        <translation>होस्ट आणि पोर्ट तुमच्या प्रदात्याकडून खात्री करून घ्या, आणि SSL/TLS किंवा STARTTLS निवडा.</translation>
    </message>
    <message>
        <source>The server refused the From address</source>
        <translation>सर्व्हरने From पत्ता नाकारला</translation>
    </message>
    <message>
        <source>The From address is not this account&apos;s address or one of its verified aliases.</source>
        <translation>From पत्ता या खात्याचा पत्ता नाही, किंवा त्याच्या पडताळलेल्या पर्यायी पत्त्यांपैकी (alias) एक नाही.</translation>
    </message>
    <message>
        <source>Set From email to the signed-in mailbox, or add the address as a verified sender / alias with your provider.</source>
        <translation>साइन इन केलेल्या मेलबॉक्सचा पत्ताच From ईमेल म्हणून ठेवा, किंवा तो पत्ता तुमच्या प्रदात्याकडे पडताळलेला प्रेषक / alias म्हणून जोडा.</translation>
    </message>
    <message>
        <source>The server refused the recipient&apos;s address</source>
        <translation>सर्व्हरने प्राप्तकर्त्याचा पत्ता नाकारला</translation>
    </message>
    <message>
        <source>The address does not exist, is misspelt, or the receiving server refused it.</source>
        <translation>हा पत्ता अस्तित्वात नाही, त्याचे स्पेलिंग चुकले आहे, किंवा स्वीकारणाऱ्या सर्व्हरने तो नाकारला.</translation>
    </message>
    <message>
        <source>Check the email address for typing mistakes.</source>
        <translation>ईमेल पत्त्यात टायपिंगची चूक आहे का ते तपासा.</translation>
    </message>
    <message>
        <source>The member&apos;s email address is not valid</source>
        <translation>सभासदाचा ईमेल पत्ता वैध नाही</translation>
    </message>
    <message>
        <source>The provider says this is not a usable email address: usually a typing mistake (a missing @, a space, a dot in the wrong place).</source>
        <translation>प्रदात्यानुसार हा वापरण्याजोगा ईमेल पत्ता नाही: बहुधा टायपिंगची चूक असते (@ नसणे, मध्ये जागा, चुकीच्या ठिकाणी टिंब).</translation>
    </message>
    <message>
        <source>Correct the member&apos;s email and send again.</source>
        <translation>सभासदाचा ईमेल दुरुस्त करा आणि पुन्हा पाठवा.</translation>
    </message>
    <message>
        <source>The member&apos;s email address is not an email address</source>
        <translation>सभासदाचा ईमेल पत्ता ईमेल पत्त्यासारखा दिसतच नाही</translation>
    </message>
    <message>
        <source>It has no @, a space, a line break or other characters no address can have, so SMTP Desk did not give it to the provider.</source>
        <translation>त्यात @ नाही, किंवा जागा, नवी ओळ किंवा कोणत्याही पत्त्यात असू न शकणारी इतर अक्षरे आहेत, म्हणून SMTP Desk ने तो प्रदात्याकडे दिला नाही.</translation>
    </message>
    <message>
        <source>The member&apos;s mailbox does not exist</source>
        <translation>सभासदाचा मेलबॉक्स अस्तित्वात नाही</translation>
    </message>
    <message>
        <source>No mailbox has this address, or it has been closed or disabled.</source>
        <translation>या पत्त्याचा कोणताही मेलबॉक्स नाही, किंवा तो बंद किंवा निष्क्रिय केला आहे.</translation>
    </message>
    <message>
        <source>Check the address with the member, correct it and send again.</source>
        <translation>सभासदाकडून पत्ता खात्री करून घ्या, तो दुरुस्त करा आणि पुन्हा पाठवा.</translation>
    </message>
    <message>
        <source>The member&apos;s mailbox is full</source>
        <translation>सभासदाचा मेलबॉक्स भरला आहे</translation>
    </message>
    <message>
        <source>The member&apos;s mailbox has no room left for new mail.</source>
        <translation>सभासदाच्या मेलबॉक्समध्ये नवीन मेलसाठी जागा उरलेली नाही.</translation>
    </message>
    <message>
        <source>Ask the member to make room in the mailbox, then press Retry failed.</source>
        <translation>सभासदाला मेलबॉक्समध्ये जागा करायला सांगा, मग “अयशस्वी पुन्हा पाठवा” दाबा.</translation>
    </message>
    <message>
        <source>The provider cannot take this address</source>
        <translation>प्रदाता हा पत्ता स्वीकारू शकत नाही</translation>
    </message>
    <message>
        <source>The address has letters outside plain English (for example josé@example.in), and the provider&apos;s server does not accept such addresses (it lacks SMTPUTF8).</source>
        <translation>पत्त्यात साध्या इंग्रजीबाहेरची अक्षरे आहेत (उदाहरणार्थ josé@example.in), आणि प्रदात्याचा सर्व्हर असे पत्ते स्वीकारत नाही (त्यात SMTPUTF8 नाही).</translation>
    </message>
    <message>
        <source>Ask the member for another address, written in plain English letters.</source>
        <translation>सभासदाकडून साध्या इंग्रजी अक्षरांत लिहिलेला दुसरा पत्ता मागून घ्या.</translation>
    </message>
    <message>
        <source>The member&apos;s document could not be made</source>
        <translation>सभासदाचे कागदपत्र तयार करता आले नाही</translation>
    </message>
    <message>
        <source>Something in this member&apos;s details does not fit the document (for example a field too long for the page).</source>
        <translation>या सभासदाच्या तपशिलातील काहीतरी कागदपत्रात बसत नाही (उदाहरणार्थ पानावर न मावणारा खूप लांब मजकूर).</translation>
    </message>
    <message>
        <source>Fix the member&apos;s details and send again; the other members are sent as usual.</source>
        <translation>सभासदाचे तपशील दुरुस्त करा आणि पुन्हा पाठवा; इतर सभासदांना नेहमीप्रमाणे पाठवले जाते.</translation>
    </message>
    <message>
        <source>The member&apos;s PDF file is missing</source>
        <translation>सभासदाची PDF फाइल सापडत नाही</translation>
    </message>
    <message>
        <source>The PDF imported for this member is no longer in SMTP Desk&apos;s data folder (it was moved or deleted).</source>
        <translation>या सभासदासाठी आयात केलेली PDF आता SMTP Desk च्या डेटा फोल्डरमध्ये नाही (ती हलवली किंवा हटवली गेली).</translation>
    </message>
    <message>
        <source>Import the PDF folder again (Members page), then send again.</source>
        <translation>PDF फोल्डर पुन्हा आयात करा (“सभासद” पान), मग पुन्हा पाठवा.</translation>
    </message>
    <message>
        <source>The member&apos;s document is no longer in the register</source>
        <translation>सभासदाचे कागदपत्र आता नोंदवहीत नाही</translation>
    </message>
    <message>
        <source>The bills or receipts were imported again without this member&apos;s document after the run began.</source>
        <translation>पाठवणी सुरू झाल्यानंतर बिले किंवा पावत्या या सभासदाच्या कागदपत्राशिवाय पुन्हा आयात केल्या गेल्या.</translation>
    </message>
    <message>
        <source>Import the document again if it should still be sent, then send again.</source>
        <translation>कागदपत्र अजूनही पाठवायचे असल्यास ते पुन्हा आयात करा, मग पुन्हा पाठवा.</translation>
    </message>
    <message>
        <source>No password is saved for this account</source>
        <translation>या खात्यासाठी कोणताही पासवर्ड जतन केलेला नाही</translation>
    </message>
    <message>
        <source>The password is not in the computer&apos;s password store: it was never saved, was removed, or the store is locked — or this computer has no password store, and a password is kept only until SMTP Desk closes.</source>
        <translation>पासवर्ड संगणकाच्या पासवर्ड स्टोअरमध्ये नाही: तो कधी जतन केलाच नाही, काढून टाकला गेला, किंवा स्टोअर लॉक आहे — किंवा या संगणकावर पासवर्ड स्टोअरच नाही, आणि पासवर्ड फक्त SMTP Desk बंद होईपर्यंत ठेवला जातो.</translation>
    </message>
    <message>
        <source>Open Email Credentials, type the password, press Save, then Start again.</source>
        <translation>“ईमेल खाते तपशील” उघडा, पासवर्ड टाइप करा, “जतन करा” दाबा, मग पुन्हा “सुरू करा” दाबा.</translation>
    </message>
    <message>
        <source>The daily sending limit has been reached</source>
        <translation>दैनिक पाठवणी मर्यादा पूर्ण झाली आहे</translation>
    </message>
    <message>
        <source>The account has sent as many messages as the provider allows in 24 hours.</source>
        <translation>प्रदाता 24 तासांत जितके संदेश पाठवू देतो, तितके या खात्याने पाठवले आहेत.</translation>
    </message>
    <message>
        <source>Stop for now and continue after the 24-hour window; for more, use a professional sending service.</source>
        <translation>आता थांबा आणि 24 तासांचा कालावधी संपल्यावर पुढे पाठवा; यापेक्षा जास्त ईमेलसाठी व्यावसायिक ईमेल पाठवणी सेवा वापरा.</translation>
    </message>
    <message>
        <source>The message is too large for the server</source>
        <translation>संदेश सर्व्हरसाठी खूप मोठा आहे</translation>
    </message>
    <message>
        <source>The attachment makes the email larger than the provider accepts.</source>
        <translation>संलग्नकामुळे ईमेल प्रदाता स्वीकारतो त्यापेक्षा मोठा झाला आहे.</translation>
    </message>
    <message>
        <source>Make the PDF smaller (fewer pages or a smaller logo).</source>
        <translation>PDF लहान करा (कमी पाने किंवा लहान लोगो).</translation>
    </message>
    <message>
        <source>The server asked to try again later</source>
        <translation>सर्व्हरने नंतर पुन्हा प्रयत्न करण्यास सांगितले</translation>
    </message>
    <message>
        <source>The provider is busy or is slowing down an account that sends a lot.</source>
        <translation>प्रदाता व्यस्त आहे, किंवा खूप ईमेल पाठवणाऱ्या खात्याचा वेग कमी करत आहे.</translation>
    </message>
    <message>
        <source>Nothing to change: wait a few minutes and try again.</source>
        <translation>काहीही बदलायची गरज नाही: काही मिनिटे थांबा आणि पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>The server refused the message by policy</source>
        <translation>सर्व्हरने आपल्या नियमांनुसार संदेश नाकारला</translation>
    </message>
    <message>
        <source>The provider&apos;s rules blocked it: often the From domain&apos;s SPF/DKIM/DMARC records do not allow this server to send for it.</source>
        <translation>प्रदात्याच्या नियमांनी तो अडवला: बहुधा From पत्त्याच्या डोमेनचे SPF/DKIM/DMARC रेकॉर्ड या सर्व्हरला त्या डोमेनसाठी पाठवण्याची परवानगी देत नाहीत.</translation>
    </message>
    <message>
        <source>Send only as the signed-in account; the domain&apos;s administrator should check its SPF, DKIM and DMARC records.</source>
        <translation>फक्त साइन इन केलेल्या खात्याच्या पत्त्यावरूनच पाठवा; डोमेनच्या प्रशासकाने त्याचे SPF, DKIM आणि DMARC रेकॉर्ड तपासावेत.</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly</source>
        <translation>सर्व्हरने अनपेक्षितपणे कनेक्शन बंद केले</translation>
    </message>
    <message>
        <source>The connection dropped, or the server closed it (a wrong port or security setting often looks like this).</source>
        <translation>कनेक्शन तुटले, किंवा सर्व्हरने ते बंद केले (चुकीचा पोर्ट किंवा चुकीची सुरक्षा सेटिंग असल्यास अनेकदा असेच होते).</translation>
    </message>
    <message>
        <source>Test again; if it keeps happening, check the port and security setting.</source>
        <translation>पुन्हा तपासा; असे वारंवार होत असल्यास, पोर्ट आणि सुरक्षा सेटिंग तपासा.</translation>
    </message>
    <message>
        <source>The test was cancelled</source>
        <translation>तपासणी रद्द केली</translation>
    </message>
    <message>
        <source>It was stopped before it finished.</source>
        <translation>ती पूर्ण होण्यापूर्वीच थांबवली गेली.</translation>
    </message>
    <message>
        <source>Run the test again when ready.</source>
        <translation>तयार झाल्यावर तपासणी पुन्हा चालवा.</translation>
    </message>
    <message>
        <source>The mail server reported a problem</source>
        <translation>मेल सर्व्हरने एक समस्या कळवली</translation>
    </message>
    <message>
        <source>The server gave an answer SMTP Desk does not recognise.</source>
        <translation>सर्व्हरने दिलेले उत्तर SMTP Desk ला ओळखता आले नाही.</translation>
    </message>
    <message>
        <source>Read the server&apos;s reply in the log; if it is unclear, send it to your provider.</source>
        <translation>नोंदीमध्ये (लॉग) सर्व्हरचे उत्तर वाचा; ते स्पष्ट नसल्यास, ते तुमच्या प्रदात्याला पाठवा.</translation>
    </message>
    <message>
        <source>Gmail accepts only an App Password from programs, not your normal Gmail password; or the App Password was revoked or mistyped.</source>
        <translation>Gmail प्रोग्राम्सकडून फक्त App Password स्वीकारते, तुमचा नेहमीचा Gmail पासवर्ड नाही; किंवा App Password रद्द केला गेला आहे किंवा चुकीचा टाइप झाला आहे.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification, create an App Password (16 letters) at myaccount.google.com/apppasswords and paste it into the Password field.</source>
        <translation>2-Step Verification सुरू करा, myaccount.google.com/apppasswords येथे App Password (16 अक्षरे) तयार करा आणि तो पासवर्ड फील्डमध्ये पेस्ट करा.</translation>
    </message>
    <message>
        <source>Gmail requires an App Password for programs (534 5.7.9).</source>
        <translation>प्रोग्राम्ससाठी Gmail ला App Password आवश्यक असतो (534 5.7.9).</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification first, then create an App Password (16 letters, shown as four groups of four) at myaccount.google.com/apppasswords and paste it into the Password field.</source>
        <translation>आधी 2-Step Verification सुरू करा, मग myaccount.google.com/apppasswords येथे App Password (16 अक्षरे, चार-चार अक्षरांच्या चार गटांत दिसतात) तयार करा आणि तो पासवर्ड फील्डमध्ये पेस्ट करा.</translation>
    </message>
    <message>
        <source>Create an app password in Yahoo Account Security and paste it into the Password field; the normal Yahoo password is refused.</source>
        <translation>“Yahoo Account Security” मध्ये app password तयार करा आणि तो पासवर्ड फील्डमध्ये पेस्ट करा; नेहमीचा Yahoo पासवर्ड नाकारला जातो.</translation>
    </message>
    <message>
        <source>If two-factor sign-in is on, create an application-specific password in Zoho Accounts &gt; Security and use it here.</source>
        <translation>दोन टप्प्यांचे साइन इन (two-factor) सुरू असल्यास, Zoho Accounts &gt; Security मध्ये application-specific password तयार करा आणि तो येथे वापरा.</translation>
    </message>
    <message>
        <source>The user ID must be the word &apos;apikey&apos; and the password an API key with Mail Send permission.</source>
        <translation>&apos;apikey&apos; हाच शब्द User ID म्हणून, आणि Mail Send परवानगी असलेली API key पासवर्ड म्हणून वापरा.</translation>
    </message>
    <message>
        <source>Use the SES SMTP credentials created for this region (not the AWS access key or secret key).</source>
        <translation>या प्रदेशासाठी (region) तयार केलेले SES SMTP credentials वापरा (AWS access key किंवा secret key नव्हे).</translation>
    </message>
    <message>
        <source>Microsoft no longer accepts a password from programs for this mailbox (password sign-in for SMTP is off by default from the end of December 2026, and off already in new organisations and under Security Defaults).</source>
        <translation>Microsoft आता या मेलबॉक्ससाठी प्रोग्राम्सकडून पासवर्ड स्वीकारत नाही (डिसेंबर 2026 च्या अखेरपासून SMTP साठी पासवर्डने साइन इन डीफॉल्टनुसार बंद असेल, आणि नवीन संस्थांमध्ये व Security Defaults मध्ये ते आधीच बंद आहे).</translation>
    </message>
    <message>
        <source>Switch to Sign in with Microsoft in Email Credentials (the IT person sets up the app registration once), or ask the IT administrator to allow password sign-in (SMTP AUTH) again for now.</source>
        <translation>“ईमेल खाते तपशील” मध्ये Microsoft ने साइन इन निवडा (IT व्यक्ती app registration एकदाच तयार करते), किंवा IT प्रशासकाला सध्यापुरते पासवर्डने साइन इन (SMTP AUTH) पुन्हा सुरू करण्यास सांगा.</translation>
    </message>
    <message>
        <source>The server accepts only Sign in with Microsoft, not a password (Outlook.com has worked this way since September 2024; Microsoft 365 when password sign-in is off).</source>
        <translation>सर्व्हर फक्त Microsoft ने साइन इन स्वीकारतो, पासवर्ड नाही (Outlook.com सप्टेंबर 2024 पासून असेच चालते; Microsoft 365 मध्ये पासवर्डने साइन इन बंद असल्यास असेच).</translation>
    </message>
    <message>
        <source>Choose Sign in with Microsoft in Email Credentials and sign in.</source>
        <translation>“ईमेल खाते तपशील” मध्ये Microsoft ने साइन इन निवडा आणि साइन इन करा.</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses a From address other than the mailbox without &apos;Send As&apos; permission (SendAsDenied).</source>
        <translation>&apos;Send As&apos; परवानगीशिवाय Microsoft 365 मेलबॉक्सपेक्षा वेगळा From पत्ता नाकारते (SendAsDenied).</translation>
    </message>
    <message>
        <source>Set From email to the mailbox you sign in with, or ask the administrator to grant &apos;Send As&apos; for the From address.</source>
        <translation>ज्या मेलबॉक्सने साइन इन करता तोच From ईमेल म्हणून ठेवा, किंवा प्रशासकाला From पत्त्यासाठी &apos;Send As&apos; परवानगी देण्यास सांगा.</translation>
    </message>
    <message>
        <source>Gmail&apos;s daily limit is reached (about 500 emails a day for a free account, 2,000 for Google Workspace), counted over a rolling 24 hours.</source>
        <translation>Gmail ची दैनिक मर्यादा पूर्ण झाली आहे (मोफत खात्यासाठी दिवसाला सुमारे 500 ईमेल, Google Workspace साठी 2,000); ही मोजणी मागील सलग 24 तासांची असते.</translation>
    </message>
</context>
<context>
    <name>advice_signin</name>
    <message>
        <source>Sign in again</source>
        <translation>पुन्हा साइन इन करा</translation>
    </message>
    <message>
        <source>SMTP Desk is not signed in to this mailbox: it was never signed in or was signed out, or the sign-in expired or was withdrawn (a changed password, 90 days without sending, or the IT person revoked it).</source>
        <translation>SMTP Desk या मेलबॉक्समध्ये साइन इन केलेले नाही: कधीच साइन इन केले नव्हते किंवा साइन आउट झाले, किंवा साइन-इनची मुदत संपली किंवा ते रद्द झाले (पासवर्ड बदलला, 90 दिवस काहीही पाठवले नाही, किंवा IT सहाय्यकाने ते रद्द केले).</translation>
    </message>
    <message>
        <source>Click Sign in in Email Credentials (on the command line: smtp-desk signin), then try again. Nothing was sent; the members not sent yet are still waiting.</source>
        <translation>ईमेल खाते तपशील मध्ये साइन इन वर क्लिक करा (कमांड लाइनवर: smtp-desk signin), मग पुन्हा प्रयत्न करा. काहीही पाठवले गेले नाही; ज्या सभासदांना अजून पाठवले नाही ते प्रतीक्षेत आहेत.</translation>
    </message>
    <message>
        <source>The app registration is missing or not set up for SMTP Desk</source>
        <translation>ॲप नोंदणी नाही किंवा SMTP Desk साठी सेट केलेली नाही</translation>
    </message>
    <message>
        <source>Signing in needs the society&apos;s app registration (a client ID), and it is missing, was not found in the organisation, or does not allow public-client sign-in.</source>
        <translation>साइन इन करण्यासाठी सोसायटीची ॲप नोंदणी (client ID) लागते; ती नाही, संस्थेत सापडली नाही, किंवा त्यात public-client साइन-इनला परवानगी नाही.</translation>
    </message>
    <message>
        <source>Ask the society&apos;s IT person to follow the steps in Email Credentials (Set up the app registration): copy the Application (client) ID into Email Credentials, and set &apos;Allow public client flows&apos; to Yes.</source>
        <translation>सोसायटीच्या IT सहाय्यकाला ईमेल खाते तपशील मधील पायऱ्या (ॲप नोंदणी सेट करणे) पाळायला सांगा: Application (client) ID ईमेल खाते तपशील मध्ये कॉपी करा, आणि &apos;Allow public client flows&apos; हे Yes करा.</translation>
    </message>
    <message>
        <source>An administrator must approve SMTP Desk first</source>
        <translation>आधी प्रशासकाने SMTP Desk ला मंजुरी द्यायला हवी</translation>
    </message>
    <message>
        <source>The organisation requires an administrator&apos;s consent before an app may send mail for a mailbox.</source>
        <translation>एखादे ॲप मेलबॉक्सतर्फे मेल पाठवण्याआधी संस्थेला प्रशासकाची संमती लागते.</translation>
    </message>
    <message>
        <source>Ask the IT administrator to grant admin consent for the app&apos;s SMTP.Send permission (Entra admin centre &gt; App registrations &gt; API permissions &gt; Grant admin consent), then sign in again.</source>
        <translation>IT प्रशासकाला ॲपच्या SMTP.Send परवानगीसाठी admin consent द्यायला सांगा (Entra admin centre &gt; App registrations &gt; API permissions &gt; Grant admin consent), मग पुन्हा साइन इन करा.</translation>
    </message>
    <message>
        <source>A different account was used to sign in</source>
        <translation>साइन इनसाठी वेगळे खाते वापरले गेले</translation>
    </message>
    <message>
        <source>The account used does not belong to this organisation (or is a personal account on a work sign-in), or it is not the mailbox in the User ID.</source>
        <translation>वापरलेले खाते या संस्थेचे नाही (किंवा कामाच्या साइन-इनवर वैयक्तिक खाते वापरले), किंवा ते User ID मधील मेलबॉक्स नाही.</translation>
    </message>
    <message>
        <source>Sign in again with the society&apos;s mailbox shown in User ID; for an Outlook.com address set the tenant to &apos;consumers&apos;.</source>
        <translation>User ID मध्ये दिलेल्या सोसायटीच्या मेलबॉक्सने पुन्हा साइन इन करा; Outlook.com पत्त्यासाठी टेनंट &apos;consumers&apos; ठेवा.</translation>
    </message>
    <message>
        <source>The sign-in did not finish</source>
        <translation>साइन-इन पूर्ण झाले नाही</translation>
    </message>
    <message>
        <source>It was declined or cancelled in the browser, or the code was not entered in time.</source>
        <translation>ब्राउझरमध्ये ते नाकारले किंवा रद्द केले गेले, किंवा कोड वेळेत टाकला गेला नाही.</translation>
    </message>
    <message>
        <source>Click Sign in again and complete it in the browser within 15 minutes.</source>
        <translation>पुन्हा साइन इन वर क्लिक करा आणि 15 मिनिटांत ब्राउझरमध्ये ते पूर्ण करा.</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached</source>
        <translation>साइन-इन सेवेशी संपर्क झाला नाही</translation>
    </message>
    <message>
        <source>This computer cannot reach the Microsoft or Google sign-in service: no internet, or a firewall or proxy blocks it.</source>
        <translation>हा संगणक Microsoft किंवा Google साइन-इन सेवेपर्यंत पोहोचू शकत नाही: इंटरनेट नाही, किंवा फायरवॉल किंवा प्रॉक्सी अडवत आहे.</translation>
    </message>
    <message>
        <source>Check that websites open on this computer; ask whoever manages the network to allow login.microsoftonline.com (or accounts.google.com), then try again.</source>
        <translation>या संगणकावर वेबसाइट उघडतात का ते तपासा; नेटवर्क सांभाळणाऱ्या व्यक्तीला login.microsoftonline.com (किंवा accounts.google.com) ला परवानगी द्यायला सांगा, मग पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>The sign-in service is having trouble</source>
        <translation>साइन-इन सेवेत अडचण आहे</translation>
    </message>
    <message>
        <source>The Microsoft or Google sign-in service answered, but with an error of its own (it is busy or down for a while); nothing is wrong on this computer.</source>
        <translation>Microsoft किंवा Google साइन-इन सेवेने उत्तर दिले, पण तिच्याच त्रुटीसह (ती व्यस्त आहे किंवा काही काळ बंद आहे); या संगणकात काहीही चूक नाही.</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it lasts for hours, check the provider&apos;s service status page.</source>
        <translation>काही मिनिटांनी पुन्हा प्रयत्न करा. तास न् तास असेच राहिले तर प्रदात्याचे सेवा-स्थिती पान पाहा.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>या संगणकाचे घड्याळ चुकीचे आहे</translation>
    </message>
    <message>
        <source>The date or time on this computer differs from the sign-in service&apos;s by several minutes, so its sign-in tokens are refused.</source>
        <translation>या संगणकावरील तारीख किंवा वेळ साइन-इन सेवेच्या वेळेपेक्षा काही मिनिटांनी वेगळी आहे, म्हणून त्याचे साइन-इन टोकन नाकारले जातात.</translation>
    </message>
    <message>
        <source>Set the date, time and time zone correctly (Windows: Settings &gt; Time &amp; language &gt; Set time automatically), then try again.</source>
        <translation>तारीख, वेळ आणि टाइम झोन बरोबर लावा (Windows: Settings &gt; Time &amp; language &gt; Set time automatically), मग पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in token</source>
        <translation>मेल सर्व्हरने साइन-इन टोकन नाकारले</translation>
    </message>
    <message>
        <source>The token was not accepted for this mailbox: it was issued for another account, or the permission to send mail (SMTP.Send) was removed.</source>
        <translation>या मेलबॉक्ससाठी टोकन स्वीकारले गेले नाही: ते दुसऱ्या खात्यासाठी दिले गेले होते, किंवा मेल पाठवण्याची परवानगी (SMTP.Send) काढून टाकली गेली.</translation>
    </message>
    <message>
        <source>Sign in again with the society&apos;s mailbox; if it is refused again, ask the IT person to check the app&apos;s SMTP.Send permission.</source>
        <translation>सोसायटीच्या मेलबॉक्सने पुन्हा साइन इन करा; पुन्हा नाकारले गेले तर IT सहाय्यकाला ॲपची SMTP.Send परवानगी तपासायला सांगा.</translation>
    </message>
    <message>
        <source>Authenticated SMTP is switched off for this mailbox</source>
        <translation>या मेलबॉक्ससाठी Authenticated SMTP बंद आहे</translation>
    </message>
    <message>
        <source>Even with Sign in with Microsoft, the mailbox must allow programs to send (Authenticated SMTP), and it is switched off for this mailbox or the whole organisation.</source>
        <translation>Microsoft द्वारे साइन इन करतानाही मेलबॉक्सने प्रोग्रामना पाठवू द्यायला हवे (Authenticated SMTP), आणि ते या मेलबॉक्ससाठी किंवा संपूर्ण संस्थेसाठी बंद आहे.</translation>
    </message>
    <message>
        <source>Ask the IT administrator to turn on &apos;Authenticated SMTP&apos; for this mailbox (Microsoft 365 admin centre &gt; Users &gt; Mail &gt; Manage email apps, or Set-CASMailbox -SmtpClientAuthenticationDisabled $false).</source>
        <translation>IT प्रशासकाला या मेलबॉक्ससाठी &apos;Authenticated SMTP&apos; सुरू करायला सांगा (Microsoft 365 admin centre &gt; Users &gt; Mail &gt; Manage email apps, किंवा Set-CASMailbox -SmtpClientAuthenticationDisabled $false).</translation>
    </message>
    <message>
        <source>This computer cannot reach the Microsoft sign-in service: no internet, or a firewall or proxy blocks it.</source>
        <translation>हा संगणक Microsoft साइन-इन सेवेपर्यंत पोहोचू शकत नाही: इंटरनेट नाही, किंवा फायरवॉल किंवा प्रॉक्सी अडवत आहे.</translation>
    </message>
    <message>
        <source>Check that websites open on this computer; ask whoever manages the network to allow login.microsoftonline.com, then try again.</source>
        <translation>या संगणकावर वेबसाइट उघडतात का ते तपासा; नेटवर्क सांभाळणाऱ्या व्यक्तीला login.microsoftonline.com ला परवानगी द्यायला सांगा, मग पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>This computer cannot reach the Google sign-in service: no internet, or a firewall or proxy blocks it.</source>
        <translation>हा संगणक Google साइन-इन सेवेपर्यंत पोहोचू शकत नाही: इंटरनेट नाही, किंवा फायरवॉल किंवा प्रॉक्सी अडवत आहे.</translation>
    </message>
    <message>
        <source>Check that websites open on this computer; ask whoever manages the network to allow accounts.google.com and oauth2.googleapis.com, then try again.</source>
        <translation>या संगणकावर वेबसाइट उघडतात का ते तपासा; नेटवर्क सांभाळणाऱ्या व्यक्तीला accounts.google.com आणि oauth2.googleapis.com ला परवानगी द्यायला सांगा, मग पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service answered, but with an error of its own (it is busy or down for a while); nothing is wrong on this computer.</source>
        <translation>Microsoft साइन-इन सेवेने उत्तर दिले, पण तिच्याच त्रुटीसह (ती व्यस्त आहे किंवा काही काळ बंद आहे); या संगणकात काहीही चूक नाही.</translation>
    </message>
    <message>
        <source>The Google sign-in service answered, but with an error of its own (it is busy or down for a while); nothing is wrong on this computer.</source>
        <translation>Google साइन-इन सेवेने उत्तर दिले, पण तिच्याच त्रुटीसह (ती व्यस्त आहे किंवा काही काळ बंद आहे); या संगणकात काहीही चूक नाही.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>SMTP Desk is already open for this society ({folder}): use that window (it may be minimised on the taskbar).</source>
        <translation>या सोसायटीसाठी SMTP Desk आधीच उघडे आहे ({folder}): ती विंडो वापरा (ती टास्कबारवर लहान करून ठेवलेली असू शकते).</translation>
    </message>
</context>
<context>
    <name>backup_copies</name>
    <message>
        <source>before an import</source>
        <translation>आयात करण्यापूर्वी</translation>
    </message>
    <message>
        <source>before sending</source>
        <translation>पाठवण्यापूर्वी</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>बॅकअप परत आणण्यापूर्वी</translation>
    </message>
    <message>
        <source>the backup of {when} ({why})</source>
        <translation>{when} चा बॅकअप ({why})</translation>
    </message>
    <message>
        <source>The backups in {folder} cannot be listed ({error}).</source>
        <translation>{folder} मधील बॅकअपची यादी करता येत नाही ({error}).</translation>
    </message>
    <message>
        <source>There is no backup called {name} in {folder}; &apos;smtp-desk backups&apos; lists them.</source>
        <translation>{folder} मध्ये {name} नावाचा बॅकअप नाही; &apos;smtp-desk backups&apos; सर्व बॅकअपची यादी दाखवते.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made ({error}).</source>
        <translation>{folder} हे फोल्डर तयार करता येत नाही ({error}).</translation>
    </message>
    <message>
        <source>The free space in {folder} cannot be told ({error}).</source>
        <translation>{folder} मध्ये किती मोकळी जागा आहे ते कळू शकत नाही ({error}).</translation>
    </message>
    <message>
        <source>There is not enough free space on the drive of {folder} for a copy ({free} free; the copy needs {needed} and leaves room for the work that follows). Free some space.</source>
        <translation>{folder} च्या ड्राइव्हवर प्रत करण्यासाठी पुरेशी मोकळी जागा नाही ({free} मोकळी; प्रतीसाठी {needed} लागतात आणि पुढील कामासाठीही जागा ठेवावी लागते). थोडी जागा मोकळी करा.</translation>
    </message>
    <message>
        <source>The drive of {folder} filled up while the copy was made (the half-made copy was removed). Free some space.</source>
        <translation>प्रत तयार होत असताना {folder} ची ड्राइव्ह भरली (अर्धवट प्रत काढून टाकली). थोडी जागा मोकळी करा.</translation>
    </message>
    <message>
        <source>The register is damaged ({error}), so no copy was made of it; the earlier backups are kept as they are.</source>
        <translation>नोंदवही खराब झाली आहे ({error}), म्हणून तिची प्रत केली नाही; आधीचे बॅकअप आहेत तसेच ठेवले आहेत.</translation>
    </message>
    <message>
        <source>The copy could not be written in {folder} ({error}).</source>
        <translation>{folder} मध्ये प्रत लिहिता आली नाही ({error}).</translation>
    </message>
</context>
<context>
    <name>backup_restore</name>
    <message>
        <source>The register is back as it was on {when} ({why}).</source>
        <translation>नोंदवही {when} रोजी ({why}) होती तशी परत आली आहे.</translation>
    </message>
    <message>
        <source>The register as it was is kept as {name}.</source>
        <translation>आधीची नोंदवही {name} म्हणून ठेवली आहे.</translation>
    </message>
    <message>
        <source>The register as it is could not be kept as a backup first, so nothing was restored: {error}</source>
        <translation>सध्याच्या नोंदवहीचा आधी बॅकअप ठेवता आला नाही, म्हणून काहीही परत आणले नाही: {error}</translation>
    </message>
    <message>
        <source>{reason} So {backup} was not restored; the register is as it was (it is kept as {name} too).</source>
        <translation>{reason} म्हणून {backup} परत आणला नाही; नोंदवही होती तशीच आहे (ती {name} म्हणूनही ठेवली आहे).</translation>
    </message>
    <message>
        <source>{reason} So {backup} was not restored; the register is as it was.</source>
        <translation>{reason} म्हणून {backup} परत आणला नाही; नोंदवही होती तशीच आहे.</translation>
    </message>
    <message>
        <source>A backup cannot be restored while a run is sending from this data folder ({holder}). Wait for it to finish, or pause it, then try again; nothing was changed.</source>
        <translation>या डेटा फोल्डरमधून पाठवणी सुरू असताना बॅकअप परत आणता येत नाही ({holder}). ती पूर्ण होईपर्यंत थांबा, किंवा ती थांबवा, मग पुन्हा प्रयत्न करा; काहीही बदलले नाही.</translation>
    </message>
    <message>
        <source>A backup cannot be restored while a run is sending from this data folder. Wait for it to finish, or pause it, then try again; nothing was changed.</source>
        <translation>या डेटा फोल्डरमधून पाठवणी सुरू असताना बॅकअप परत आणता येत नाही. ती पूर्ण होईपर्यंत थांबा, किंवा ती थांबवा, मग पुन्हा प्रयत्न करा; काहीही बदलले नाही.</translation>
    </message>
    <message>
        <source>{reason} So {backup} was not restored.</source>
        <translation>{reason} म्हणून {backup} परत आणला नाही.</translation>
    </message>
    <message>
        <source>{where} could not be written ({error}).</source>
        <translation>{where} मध्ये लिहिता आले नाही ({error}).</translation>
    </message>
    <message>
        <source>{backup} ({name}) is damaged or unreadable ({error}), so it was not restored; choose another one.</source>
        <translation>{backup} ({name}) खराब आहे किंवा वाचता येत नाही ({error}), म्हणून तो परत आणला नाही; दुसरा निवडा.</translation>
    </message>
    <message>
        <source>{backup} ({name}) is not a register this SMTP Desk can use (schema {version}); choose another one.</source>
        <translation>{backup} ({name}) ही नोंदवही SMTP Desk ची ही आवृत्ती वापरू शकत नाही (schema {version}); दुसरा निवडा.</translation>
    </message>
</context>
<context>
    <name>batch</name>
    <message>
        <source>bills</source>
        <translation>बिले</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>पावत्या</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>खातेउतारे</translation>
    </message>
    <message>
        <source>no email account is saved yet: set up Email Credentials first.</source>
        <translation>अजून कोणतेही ईमेल खाते जतन केलेले नाही: आधी ईमेल खाते तपशील भरा.</translation>
    </message>
    <message>
        <source>the saved email settings cannot be used: {problems}</source>
        <translation>जतन केलेली ईमेल सेटिंग्ज वापरता येत नाहीत: {problems}</translation>
    </message>
    <message>
        <source>save a complete Society Profile first; it heads every PDF.</source>
        <translation>आधी पूर्ण सोसायटी प्रोफाइल जतन करा; ती प्रत्येक PDF च्या शीर्षस्थानी असते.</translation>
    </message>
    <message>
        <source>the message wording for {kinds} has a mistake ({problem}); correct it in Message Wording first.</source>
        <translation>{kinds} च्या संदेशाच्या मजकुरात चूक आहे ({problem}); आधी संदेशाचा मजकूर मध्ये ती दुरुस्त करा.</translation>
    </message>
    <message>
        <source>{kinds} are sent one month at a time</source>
        <translation>{kinds} एका वेळी एकाच महिन्यासाठी पाठवले जातात</translation>
    </message>
    <message>
        <source>there is nothing to send: no {kinds} for {period} in the register (import them first in Members &amp; Documents).</source>
        <translation>पाठवण्यासारखे काही नाही: नोंदवहीत {period} ची {kinds} नाहीत (आधी सभासद व कागदपत्रे मध्ये आयात करा).</translation>
    </message>
</context>
<context>
    <name>bounce_check</name>
    <message>
        <source>Nothing was sent in the last {days} days: no bounces to read.</source>
        <translation>मागील {days} दिवसांत काहीही पाठवले गेले नाही: वाचण्यासाठी परत आलेले मेल नाहीत.</translation>
    </message>
</context>
<context>
    <name>bounce_notice</name>
    <message>
        <source>mailbox does not exist</source>
        <translation>मेलबॉक्स अस्तित्वात नाही</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <translation>मेलबॉक्स भरलेला</translation>
    </message>
    <message>
        <source>rejected as spam</source>
        <translation>स्पॅम म्हणून नाकारले</translation>
    </message>
    <message>
        <source>no such email domain</source>
        <translation>असे ईमेल डोमेन नाही</translation>
    </message>
    <message>
        <source>message too large</source>
        <translation>संदेश खूप मोठा</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>उशिराने</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>पोहोचले नाही</translation>
    </message>
    <message>
        <source>Correct on &amp;Members</source>
        <translation>सभासद पानावर दुरुस्त करा (&amp;M)</translation>
    </message>
    <message>
        <source>Members &amp; Documents, showing the addresses refused</source>
        <translation>“सभासद व कागदपत्रे” पान, नाकारलेल्या पत्त्यांसह</translation>
    </message>
    <message>
        <source>See in H&amp;istory</source>
        <translation>इतिहासात पाहा (&amp;I)</translation>
    </message>
    <message>
        <source>The register, with what the member&apos;s server said</source>
        <translation>नोंदवही, सभासदाच्या सर्व्हरच्या उत्तरासह</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>बंद करा (&amp;D)</translation>
    </message>
    <message>
        <source>{flat} ({why})</source>
        <translation>{flat} ({why})</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>आणखी {count}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} bill(s) came back undelivered:&lt;/b&gt; {flats}. Before next month, correct a wrong address on the Members page; a full mailbox is the member&apos;s to empty.</source>
        <translation>&lt;b&gt;{count} बिले न पोहोचता परत आली:&lt;/b&gt; {flats}. पुढच्या महिन्याआधी चुकीचा पत्ता “सभासद व कागदपत्रे” पानावर दुरुस्त करा; भरलेला मेलबॉक्स सभासदाने रिकामा करायचा आहे.</translation>
    </message>
</context>
<context>
    <name>bounce_watch</name>
    <message>
        <source>Bounces could not be read: {problem}. Nothing was changed.</source>
        <translation>परत आलेले मेल वाचता आले नाहीत: {problem}. काहीही बदलले नाही.</translation>
    </message>
    <message>
        <source>Bounces read since {since}: {count} bill(s) newly came back.</source>
        <translation>{since} पासूनचे परत आलेले मेल वाचले: {count} बिले नव्याने परत आली.</translation>
    </message>
    <message>
        <source>No new bounces since {since}; {count} bill(s) delayed, the mail server still trying.</source>
        <translation>{since} पासून नवीन परत आलेले मेल नाहीत; {count} बिले उशिराने, मेल सर्व्हर अजून प्रयत्न करत आहे.</translation>
    </message>
    <message>
        <source>No new bounces since {since}.</source>
        <translation>{since} पासून नवीन परत आलेले मेल नाहीत.</translation>
    </message>
</context>
<context>
    <name>bounces</name>
    <message>
        <source>{address}: {reason} (the server said: {reply})</source>
        <translation>{address}: {reason} (सर्वरचे उत्तर: {reply})</translation>
    </message>
    <message>
        <source>{flat} {address}: {reason}</source>
        <translation>{flat} {address}: {reason}</translation>
    </message>
    <message>
        <source>No bill came back undelivered since {since} ({count} messages read).</source>
        <translation>{since} पासून एकही बिल न पोहोचता परत आले नाही ({count} संदेश वाचले).</translation>
    </message>
    <message>
        <source>{bounced} came back undelivered since {since} ({new} newly recorded); {delayed} delayed.</source>
        <translation>{since} पासून {bounced} न पोहोचता परत आले ({new} नव्याने नोंदवले); {delayed} उशिराने.</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Open Members &amp; Documents</source>
        <translation>सभासद व कागदपत्रे उघडा</translation>
    </message>
    <message>
        <source>Open Send</source>
        <translation>पाठवा पान उघडा</translation>
    </message>
    <message>
        <source>The register cannot be read: {problem}</source>
        <translation>नोंदवही वाचता येत नाही: {problem}</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>सभासद</translation>
    </message>
    <message>
        <source>Open Email Credentials</source>
        <translation>ईमेल खाते तपशील उघडा</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Not set up yet.</source>
        <translation>अजून सेट केलेले नाही.</translation>
    </message>
    <message>
        <source>Set up email</source>
        <translation>ईमेल सेट करा</translation>
    </message>
    <message>
        <source>The saved settings need correcting.</source>
        <translation>जतन केलेल्या सेटिंग्ज दुरुस्त कराव्या लागतील.</translation>
    </message>
    <message>
        <source>Saved for {email}; not tested yet.</source>
        <translation>{email} साठी जतन केले; अजून तपासले नाही.</translation>
    </message>
    <message>
        <source>Test in Email Credentials</source>
        <translation>ईमेल खाते तपशील मध्ये तपासा</translation>
    </message>
    <message>
        <source>Tested on {day} ({email}).</source>
        <translation>{day} रोजी तपासले ({email}).</translation>
    </message>
    <message>
        <source>Open Society Profile</source>
        <translation>सोसायटी प्रोफाइल उघडा</translation>
    </message>
    <message>
        <source>Society Profile</source>
        <translation>सोसायटी प्रोफाइल</translation>
    </message>
    <message>
        <source>Missing.</source>
        <translation>भरलेले नाही.</translation>
    </message>
    <message>
        <source>Incomplete: {problem}</source>
        <translation>अपूर्ण: {problem}</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>पूर्ण.</translation>
    </message>
    <message>
        <source>None imported yet.</source>
        <translation>अजून काहीही आयात केलेले नाही.</translation>
    </message>
    <message>
        <source>{count} members, {without} without an email address (printed copy).</source>
        <translation>{count} सभासद, त्यापैकी {without} यांचा ईमेल पत्ता नाही (छापील प्रत).</translation>
    </message>
    <message>
        <source>{count} members.</source>
        <translation>{count} सभासद.</translation>
    </message>
    <message>
        <source>Bills for {month}</source>
        <translation>{month} ची बिले</translation>
    </message>
    <message>
        <source>{count} of {members} imported.</source>
        <translation>{members} पैकी {count} आयात केली.</translation>
    </message>
    <message>
        <source>{count} imported.</source>
        <translation>{count} आयात केली.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>पाठवा</translation>
    </message>
    <message>
        <source>Import the bills first.</source>
        <translation>आधी बिले आयात करा.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>अजून पाठवले नाही.</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} प्रतीक्षेत</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} अयशस्वी</translation>
    </message>
    <message>
        <source>{count} to check</source>
        <translation>{count} तपासायचे</translation>
    </message>
    <message>
        <source>{count} sent</source>
        <translation>{count} पाठवले</translation>
    </message>
    <message>
        <source>Prepared; nothing sent yet.</source>
        <translation>तयार; अजून काहीही पाठवले नाही.</translation>
    </message>
    <message>
        <source>Sent on {day} to {count} members.</source>
        <translation>{day} रोजी {count} सभासदांना पाठवले.</translation>
    </message>
    <message>
        <source>Sent to {count} members.</source>
        <translation>{count} सभासदांना पाठवले.</translation>
    </message>
    <message>
        <source>{count} bill(s) came back undelivered ({flats}): see the Members page.</source>
        <translation>{count} बिले न पोहोचता परत आली ({flats}): “सभासद व कागदपत्रे” पान पाहा.</translation>
    </message>
</context>
<context>
    <name>clock_watch</name>
    <message>
        <source>The PC&apos;s clock moved forward by {span} during the run</source>
        <translation>पाठवणी सुरू असताना PC चे घड्याळ {span} पुढे गेले</translation>
    </message>
    <message>
        <source>The PC&apos;s clock moved back by {span} during the run</source>
        <translation>पाठवणी सुरू असताना PC चे घड्याळ {span} मागे गेले</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} मिनिटे</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} दिवस</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} तास {minutes} मिनिटे</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} तास</translation>
    </message>
</context>
<context>
    <name>connection_test</name>
    <message>
        <source>{security} on port {port}</source>
        <translation>पोर्ट {port} वर {security}</translation>
    </message>
    <message>
        <source>{address} accepted</source>
        <translation>{address} स्वीकारला</translation>
    </message>
    <message>
        <source>sent to {address}</source>
        <translation>{address} वर पाठवले</translation>
    </message>
    <message>
        <source>This server speaks {suggestion}, not {security} on port {port}. Use those settings and test again.</source>
        <translation>हा सर्व्हर {suggestion} वापरतो, पोर्ट {port} वर {security} नाही. ती सेटिंग्ज वापरा आणि पुन्हा तपासा.</translation>
    </message>
</context>
<context>
    <name>connection_test_panel</name>
    <message>
        <source>Test</source>
        <translation>चाचणी</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>कनेक्शन तपासा (&amp;C)</translation>
    </message>
    <message>
        <source>Sen&amp;d test statement to</source>
        <translation>नमुना खातेउतारा येथे पाठवा (&amp;D)</translation>
    </message>
    <message>
        <source>Send test statement to</source>
        <translation>नमुना खातेउतारा या पत्त्यावर पाठवा</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>Show SMTP conversation in the log</source>
        <translation>SMTP संवाद नोंदीत (लॉग) दाखवा</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>चाचणीचे टप्पे</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>ही सेटिंग्ज वापरा</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>ही सेटिंग्ज जतन करा</translation>
    </message>
    <message>
        <source>your own address</source>
        <translation>तुमचा स्वतःचा पत्ता</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot test yet:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;अजून तपासता येत नाही:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Everything works.&lt;/b&gt; The server accepted the sign-in, and the test statement was sent.</source>
        <translation>✓ &lt;b&gt;सर्व काही व्यवस्थित चालते.&lt;/b&gt; सर्व्हरने साइन इन स्वीकारले आणि नमुना खातेउतारा पाठवला गेला.</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Everything works.&lt;/b&gt; The server accepted the sign-in, the sender and the recipient.</source>
        <translation>✓ &lt;b&gt;सर्व काही व्यवस्थित चालते.&lt;/b&gt; सर्व्हरने साइन इन, प्रेषक आणि प्राप्तकर्ता स्वीकारले.</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Sending works.&lt;/b&gt; The server accepted the sign-in, and the test statement was sent. But the mailbox cannot be read:</source>
        <translation>✓ &lt;b&gt;पाठवणे व्यवस्थित चालते.&lt;/b&gt; सर्व्हरने साइन इन स्वीकारले आणि नमुना खातेउतारा पाठवला गेला. पण मेलबॉक्स वाचता येत नाही:</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Sending works.&lt;/b&gt; The server accepted the sign-in, the sender and the recipient. But the mailbox cannot be read:</source>
        <translation>✓ &lt;b&gt;पाठवणे व्यवस्थित चालते.&lt;/b&gt; सर्व्हरने साइन इन, प्रेषक आणि प्राप्तकर्ता स्वीकारले. पण मेलबॉक्स वाचता येत नाही:</translation>
    </message>
    <message>
        <source>Help on this problem</source>
        <translation>या समस्येबद्दल मदत</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;{title}.&lt;/b&gt;&lt;br&gt;{cause}&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {action}</source>
        <translation>✗ &lt;b&gt;{title}.&lt;/b&gt;&lt;br&gt;{cause}&lt;br&gt;&lt;b&gt;काय करावे:&lt;/b&gt; {action}</translation>
    </message>
</context>
<context>
    <name>credentials_detect</name>
    <message>
        <source>Type the society&apos;s email address: SMTP Desk finds the server settings from it.</source>
        <translation>सोसायटीचा ईमेल पत्ता टाइप करा: त्यावरून SMTP Desk सर्व्हरची सेटिंग्ज शोधेल.</translation>
    </message>
    <message>
        <source>the settings for {domain} could not be looked up</source>
        <translation>{domain} साठी सेटिंग्ज शोधता आली नाहीत</translation>
    </message>
    <message>
        <source>Use these</source>
        <translation>ही वापरा</translation>
    </message>
    <message>
        <source>Fill in the settings found for this address</source>
        <translation>या पत्त्यासाठी सापडलेली सेटिंग्ज भरा</translation>
    </message>
    <message>
        <source>Looking up the mail settings for {domain}…</source>
        <translation>{domain} ची ईमेल सेटिंग्ज शोधत आहे…</translation>
    </message>
</context>
<context>
    <name>credentials_form</name>
    <message>
        <source>Sh&amp;ow</source>
        <translation>दाखवा (&amp;O)</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>पासवर्ड दाखवा किंवा लपवा</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>ऐच्छिक</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>पूर्ववत करा</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>जतन करा</translation>
    </message>
    <message>
        <source>Sec&amp;urity</source>
        <translation>सुरक्षा (&amp;U)</translation>
    </message>
    <message>
        <source>a day,</source>
        <translation>दररोज,</translation>
    </message>
    <message>
        <source>a minute (empty: the provider&apos;s; 0: none)</source>
        <translation>प्रति मिनिट (रिकामे: प्रदात्याची; 0: मर्यादा नाही)</translation>
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
        <translation>साइन इन पद्धत (&amp;G)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>साइन इन पद्धत</translation>
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
        <translation>प्रदेश (&amp;G)</translation>
    </message>
    <message>
        <source>Amazon SES region</source>
        <translation>Amazon SES प्रदेश</translation>
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
        <translation>From नाव (&amp;M)</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>From नाव</translation>
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
        <translation>मर्यादा (&amp;L)</translation>
    </message>
    <message>
        <source>Messages a day</source>
        <translation>दररोज संदेश</translation>
    </message>
    <message>
        <source>Messages a minute</source>
        <translation>प्रति मिनिट संदेश</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>पासवर्ड दाखवा</translation>
    </message>
    <message>
        <source>Settings found from the address</source>
        <translation>पत्त्यावरून सापडलेली सेटिंग्ज</translation>
    </message>
    <message>
        <source>About this provider</source>
        <translation>या प्रदात्याविषयी</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Email Credentials&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ईमेल खाते तपशील&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Hid&amp;e</source>
        <translation>लपवा (&amp;E)</translation>
    </message>
</context>
<context>
    <name>credentials_limits</name>
    <message>
        <source>Learned from the provider&apos;s reply on {day}: it refused more than {limit} messages in 24 hours. Change it if your plan allows more.</source>
        <translation>{day} रोजी प्रदात्याच्या उत्तरावरून समजले: 24 तासांत {limit} पेक्षा जास्त संदेश त्याने नाकारले. तुमच्या प्लॅनमध्ये जास्त संदेशांची परवानगी असल्यास हे बदला.</translation>
    </message>
    <message>
        <source>(learned from the provider)</source>
        <translation>(प्रदात्याकडून समजलेली)</translation>
    </message>
</context>
<context>
    <name>credentials_mailbox</name>
    <message>
        <source>Encrypted from the start (SSL/TLS, port 993)</source>
        <translation>सुरुवातीपासून एन्क्रिप्टेड (SSL/TLS, पोर्ट 993)</translation>
    </message>
    <message>
        <source>Encrypted after connecting (STARTTLS, port 143)</source>
        <translation>कनेक्ट झाल्यानंतर एन्क्रिप्टेड (STARTTLS, पोर्ट 143)</translation>
    </message>
    <message>
        <source>Mailbox server</source>
        <translation>मेलबॉक्स सर्व्हर</translation>
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
        <translation>Sent फोल्डरमध्ये प्रत ठेवा</translation>
    </message>
    <message>
        <source>Archive copy (BCC) to</source>
        <translation>संग्रह प्रत (BCC) या पत्त्यावर</translation>
    </message>
    <message>
        <source>Mailbox (to confirm sent bills and find bounces)</source>
        <translation>मेलबॉक्स (पाठवलेल्या बिलांची खात्री करण्यासाठी आणि परत आलेले मेल शोधण्यासाठी)</translation>
    </message>
    <message>
        <source>File a copy of each message in the Sent folder (for servers that do not keep one)</source>
        <translation>प्रत्येक संदेशाची प्रत Sent फोल्डरमध्ये ठेवा (जे सर्व्हर स्वतः प्रत ठेवत नाहीत त्यांच्यासाठी)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>ऐच्छिक</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>सुरक्षा</translation>
    </message>
    <message>
        <source>Mail&amp;box server</source>
        <translation>मेलबॉक्स सर्व्हर (&amp;B)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Also send a copy to (archive, BCC)</source>
        <translation>प्रत या पत्त्यावरही पाठवा (संग्रह, BCC)</translation>
    </message>
    <message>
        <source>This provider files a copy of every message in the Sent folder itself.</source>
        <translation>हा प्रदाता प्रत्येक संदेशाची प्रत स्वतःच Sent फोल्डरमध्ये ठेवतो.</translation>
    </message>
    <message>
        <source>SMTP Desk files the copy in the mailbox above after each message is sent.</source>
        <translation>प्रत्येक संदेश पाठवल्यानंतर SMTP Desk त्याची प्रत वरील मेलबॉक्समध्ये ठेवते.</translation>
    </message>
    <message>
        <source>Empty: {provider}&apos;s own ({host}) is used; nothing to type.</source>
        <translation>रिकामे: {provider} चा स्वतःचा सर्व्हर ({host}) वापरला जातो; काहीही टाइप करण्याची गरज नाही.</translation>
    </message>
    <message>
        <source>Empty: the mailbox is not read, and unconfirmed bills are settled by hand. Enter its server (from your mail provider&apos;s help) to confirm them from the Sent folder.</source>
        <translation>रिकामे: मेलबॉक्स वाचला जात नाही, आणि अपुष्ट बिले स्वतः निकाली काढावी लागतात. Sent फोल्डरवरून त्यांची खात्री करण्यासाठी मेलबॉक्सचा सर्व्हर टाका (तुमच्या मेल प्रदात्याच्या मदत पानावर तो दिलेला असतो).</translation>
    </message>
    <message>
        <source>The server typed here is used, not {provider}&apos;s own ({host}): clear it to use theirs.</source>
        <translation>येथे टाइप केलेला सर्व्हर वापरला जातो, {provider} चा स्वतःचा ({host}) नाही: त्यांचा सर्व्हर वापरण्यासाठी हे रिकामे करा.</translation>
    </message>
</context>
<context>
    <name>credentials_page</name>
    <message>
        <source>Not saved: {error}</source>
        <translation>जतन झाले नाही: {error}</translation>
    </message>
    <message>
        <source>Saved — type a new password to replace it</source>
        <translation>जतन केलेला आहे — बदलण्यासाठी नवीन पासवर्ड टाइप करा</translation>
    </message>
    <message>
        <source>none</source>
        <translation>नाही</translation>
    </message>
    <message>
        <source>Looking up the settings for the address first; the test starts then.</source>
        <translation>आधी पत्त्यासाठी सेटिंग्ज शोधत आहे; त्यानंतर चाचणी सुरू होईल.</translation>
    </message>
    <message>
        <source>choose Sign in with Microsoft or Google first.</source>
        <translation>आधी Microsoft किंवा Google ने साइन इन निवडा.</translation>
    </message>
    <message>
        <source>the settings could not be saved (see the message at the top).</source>
        <translation>सेटिंग्ज जतन होऊ शकली नाहीत (वरचा संदेश पाहा).</translation>
    </message>
    <message>
        <source>save the settings first.</source>
        <translation>आधी सेटिंग्ज जतन करा.</translation>
    </message>
</context>
<context>
    <name>credentials_signin</name>
    <message>
        <source>Settings changed — press Test connection.</source>
        <translation>सेटिंग्ज बदलली — “कनेक्शन तपासा” दाबा.</translation>
    </message>
    <message>
        <source>The sign-in changed — press Test connection.</source>
        <translation>साइन इन बदलले — “कनेक्शन तपासा” दाबा.</translation>
    </message>
    <message>
        <source>Sign in with Google uses the society&apos;s own OAuth client (the steps for your IT person are below); no App Password is needed. The browser opens on this computer to sign in.</source>
        <translation>Google ने साइन इन करताना सोसायटीचा स्वतःचा OAuth client वापरला जातो (तुमच्या IT व्यक्तीसाठीच्या पायऱ्या खाली आहेत); App Password लागत नाही. साइन इनसाठी याच संगणकावर ब्राउझर उघडतो.</translation>
    </message>
    <message>
        <source>Sign in now</source>
        <translation>आता साइन इन करा</translation>
    </message>
    <message>
        <source>Sign in with {method} now</source>
        <translation>आता {method} ने साइन इन करा</translation>
    </message>
    <message>
        <source>none: SMTP Desk signs in with {method}</source>
        <translation>नाही: SMTP Desk {method} ने साइन इन करते</translation>
    </message>
    <message>
        <source>correct the fields marked in red first ({names}).</source>
        <translation>आधी लाल रंगात दाखवलेली फील्ड्स दुरुस्त करा ({names}).</translation>
    </message>
</context>
<context>
    <name>credentials_step_clock</name>
    <message>
        <source>▸ Trying the other security settings… {seconds} s</source>
        <translation>▸ इतर सुरक्षा सेटिंग्ज वापरून पाहत आहे… {seconds} सेकंद</translation>
    </message>
    <message>
        <source>▸ {step}… {seconds} s of {timeout} s</source>
        <translation>▸ {step}… {seconds}/{timeout} सेकंद</translation>
    </message>
    <message>
        <source>▸ {step}… {seconds} s</source>
        <translation>▸ {step}… {seconds} सेकंद</translation>
    </message>
</context>
<context>
    <name>detect</name>
    <message>
        <source>type the whole address, like accounts@yoursociety.in</source>
        <translation>पूर्ण पत्ता टाइप करा, उदा. accounts@yoursociety.in</translation>
    </message>
    <message>
        <source>{domain} is {provider}</source>
        <translation>{domain} हे {provider} आहे</translation>
    </message>
    <message>
        <source>your domain&apos;s mail is handled by {provider}</source>
        <translation>तुमच्या डोमेनचे ईमेल {provider} सांभाळते</translation>
    </message>
    <message>
        <source>{domain} names its mail server</source>
        <translation>{domain} ने आपला मेल सर्व्हर जाहीर केला आहे</translation>
    </message>
    <message>
        <source>{domain} has mail servers SMTP Desk does not know</source>
        <translation>{domain} चे मेल सर्व्हर SMTP Desk ला माहीत नाहीत</translation>
    </message>
    <message>
        <source>nothing was found for {domain}</source>
        <translation>{domain} साठी काहीही सापडले नाही</translation>
    </message>
    <message>
        <source>{why}: choose the provider, or ask whoever set up the domain</source>
        <translation>{why}: प्रदाता निवडा, किंवा डोमेन सेट करणाऱ्या व्यक्तीला विचारा</translation>
    </message>
    <message>
        <source>{domain} publishes its mail settings</source>
        <translation>{domain} आपल्या मेल सेटिंग्ज प्रकाशित करते</translation>
    </message>
</context>
<context>
    <name>detect_fill</name>
    <message>
        <source>Found: {detail}.</source>
        <translation>सापडले: {detail}.</translation>
    </message>
    <message>
        <source>{host}, port {port}, {security}</source>
        <translation>{host}, पोर्ट {port}, {security}</translation>
    </message>
    <message>
        <source>Found: {detail} ({server}). Not filled in, as you set the server yourself.</source>
        <translation>सापडले: {detail} ({server}). तुम्ही सर्व्हर स्वतः भरल्यामुळे हे भरले नाही.</translation>
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
        <translation>कॉपी करा</translation>
    </message>
    <message>
        <source>Copy the sign-in code</source>
        <translation>साइन-इन कोड कॉपी करा</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;{uri}&quot;&gt;{uri}&lt;/a&gt; on any phone or computer and enter:</source>
        <translation>कोणत्याही फोन किंवा संगणकावर &lt;a href=&quot;{uri}&quot;&gt;{uri}&lt;/a&gt; उघडा आणि हा कोड टाका:</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} मिनिटे</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} सेकंद</translation>
    </message>
    <message>
        <source>The code expires in {time}. Sign in there as the society&apos;s mailbox.</source>
        <translation>कोड आणखी {time} वैध आहे. तिथे सोसायटीच्या मेलबॉक्सने साइन इन करा.</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>कॉपी केले ✓</translation>
    </message>
</context>
<context>
    <name>diagnosis</name>
    <message>
        <source>{title}. {cause} What to do: {action}</source>
        <translation>{title}. {cause} काय करावे: {action}</translation>
    </message>
</context>
<context>
    <name>do_first</name>
    <message>
        <source>Society Profile</source>
        <translation>सोसायटी प्रोफाइल</translation>
    </message>
    <message>
        <source>Email Credentials</source>
        <translation>ईमेल खाते तपशील</translation>
    </message>
    <message>
        <source>Members &amp; Documents</source>
        <translation>सभासद व कागदपत्रे</translation>
    </message>
</context>
<context>
    <name>dsn</name>
    <message>
        <source>the mailbox does not exist — check the address for a typing mistake</source>
        <translation>हा मेलबॉक्स अस्तित्वात नाही — पत्त्यात टायपिंगची चूक आहे का ते तपासा</translation>
    </message>
    <message>
        <source>the member&apos;s mailbox is full — ask the member to make room, then send again</source>
        <translation>सभासदाचा मेलबॉक्स भरलेला आहे — सभासदाला जागा करायला सांगा, मग पुन्हा पाठवा</translation>
    </message>
    <message>
        <source>the member&apos;s provider rejected it as spam or by its security rules</source>
        <translation>सभासदाच्या ईमेल सेवेने तो स्पॅम म्हणून किंवा सुरक्षा नियमांमुळे नाकारला</translation>
    </message>
    <message>
        <source>the part of the address after the @ is not a working email domain — check the address for a typing mistake</source>
        <translation>पत्त्यातील @ नंतरचा भाग चालू ईमेल डोमेन नाही — पत्त्यात टायपिंगची चूक आहे का ते तपासा</translation>
    </message>
    <message>
        <source>the message is larger than the member&apos;s provider accepts — make the PDF smaller</source>
        <translation>संदेश सभासदाच्या ईमेल सेवेच्या मर्यादेपेक्षा मोठा आहे — PDF लहान करा</translation>
    </message>
    <message>
        <source>delivery is delayed; the mail server is still trying — nothing to do yet</source>
        <translation>पोहोचण्यास उशीर होत आहे; मेल सर्व्हर अजून प्रयत्न करत आहे — सध्या काही करण्याची गरज नाही</translation>
    </message>
    <message>
        <source>the member&apos;s provider did not deliver it — the server&apos;s reply says why</source>
        <translation>सभासदाच्या ईमेल सेवेने तो पोहोचवला नाही — कारण सर्व्हरच्या उत्तरात आहे</translation>
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
        <translation>@ नंतरचा भाग वैध नाही. त्यात पूर्णविराम (.) असायला हवा.</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>@ नंतर काहीतरी असायला हवे.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>@ च्या आधी काहीतरी असायला हवे.</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>ईमेल पत्त्यात लागोपाठ दोन पूर्णविराम (..) असू शकत नाहीत.</translation>
    </message>
    <message>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>ईमेल पत्त्यात @ च्या लगेच नंतर हायफन (-) असू शकत नाही.</translation>
    </message>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>ईमेल पत्त्यात @ असायलाच हवे.</translation>
    </message>
    <message>
        <source>An email address cannot end with a period.</source>
        <translation>ईमेल पत्ता पूर्णविरामाने (.) संपू शकत नाही.</translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>ईमेल पत्त्यात @ च्या लगेच आधी पूर्णविराम (.) असू शकत नाही.</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign: SPACE.</source>
        <translation>ईमेल पत्त्यात @ च्या आधी रिकामी जागा (space) आहे; ती काढा.</translation>
    </message>
</context>
<context>
    <name>first_run_page</name>
    <message>
        <source>The society&apos;s email address</source>
        <translation>सोसायटीचा ईमेल पत्ता</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>दाखवा (&amp;O)</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>पासवर्ड दाखवा</translation>
    </message>
    <message>
        <source>&amp;Set up and test</source>
        <translation>सेट अप करा व तपासा (&amp;S)</translation>
    </message>
    <message>
        <source>Sign in with &amp;Microsoft</source>
        <translation>Microsoft ने साइन इन करा (&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>Setup steps</source>
        <translation>सेट अपचे टप्पे</translation>
    </message>
    <message>
        <source>Open &amp;Email Credentials (all the settings)</source>
        <translation>ईमेल खाते तपशील उघडा (सर्व सेटिंग्ज) (&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>सध्या वगळा (&amp;K)</translation>
    </message>
    <message>
        <source>Try &amp;practice mode first</source>
        <translation>आधी सराव मोड वापरून पाहा (&amp;P)</translation>
    </message>
    <message>
        <source>Society&apos;s email &amp;address</source>
        <translation>सोसायटीचा ईमेल पत्ता (&amp;A)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>पासवर्ड (&amp;W)</translation>
    </message>
    <message>
        <source>the password in this computer&apos;s password store</source>
        <translation>पासवर्ड या संगणकाच्या पासवर्ड स्टोअरमध्ये</translation>
    </message>
    <message>
        <source>the password only until SMTP Desk closes: this computer has no password store SMTP Desk can use</source>
        <translation>पासवर्ड फक्त SMTP Desk बंद होईपर्यंत: या संगणकावर SMTP Desk वापरू शकेल असे पासवर्ड स्टोअर नाही</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Set up email&lt;/h2&gt;&lt;p&gt;Type the society&apos;s email address and its password. SMTP Desk finds the mail server&apos;s settings, tests them, and keeps them ({kept}).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ईमेल सेट अप करा&lt;/h2&gt;&lt;p&gt;सोसायटीचा ईमेल पत्ता आणि त्याचा पासवर्ड टाइप करा. SMTP Desk मेल सर्व्हरची सेटिंग्ज शोधते, ती तपासते आणि जतन करून ठेवते ({kept}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the society&apos;s whole email address first.</source>
        <translation>आधी सोसायटीचा पूर्ण ईमेल पत्ता टाइप करा.</translation>
    </message>
    <message>
        <source>Type the password too.</source>
        <translation>पासवर्डही टाइप करा.</translation>
    </message>
    <message>
        <source>Looking up {domain}…</source>
        <translation>{domain} शोधत आहे…</translation>
    </message>
    <message>
        <source>{mark} Find the settings: {detail}</source>
        <translation>{mark} सेटिंग्ज शोधणे: {detail}</translation>
    </message>
    <message>
        <source>✓ &lt;b&gt;Everything works.&lt;/b&gt; The settings are saved.</source>
        <translation>✓ &lt;b&gt;सर्व काही व्यवस्थित चालते.&lt;/b&gt; सेटिंग्ज जतन झाली आहेत.</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;{title}.&lt;/b&gt;&lt;br&gt;{cause}&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {action}</source>
        <translation>✗ &lt;b&gt;{title}.&lt;/b&gt;&lt;br&gt;{cause}&lt;br&gt;&lt;b&gt;काय करावे:&lt;/b&gt; {action}</translation>
    </message>
    <message>
        <source>The full form (Email Credentials) takes the settings by hand.</source>
        <translation>पूर्ण फॉर्ममध्ये (ईमेल खाते तपशील) सेटिंग्ज हाताने भरता येतात.</translation>
    </message>
    <message>
        <source>{name}, {host} port {port} ({security}).</source>
        <translation>{name}, {host} पोर्ट {port} ({security}).</translation>
    </message>
    <message>
        <source> Or sign in with Microsoft (no password kept here).</source>
        <translation> किंवा Microsoft ने साइन इन करा (येथे कोणताही पासवर्ड ठेवला जात नाही).</translation>
    </message>
</context>
<context>
    <name>first_run_work</name>
    <message>
        <source>Nothing was found: {detail}.</source>
        <translation>काहीही सापडले नाही: {detail}.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft in the browser window that opened…</source>
        <translation>उघडलेल्या ब्राउझर विंडोमध्ये Microsoft ने साइन इन करा…</translation>
    </message>
    <message>
        <source>The test passed, but: {problem}</source>
        <translation>चाचणी यशस्वी झाली, पण: {problem}</translation>
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
        <translation>कसे करायचे ते पाहा (ब्राउझर उघडतो)</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>मर्यादा:</translation>
    </message>
</context>
<context>
    <name>history_page</name>
    <message>
        <source>sent</source>
        <translation>पाठवले</translation>
    </message>
    <message>
        <source>sent (partly)</source>
        <translation>पाठवले (अंशतः)</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>सदनिका</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सभासद</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>पत्ते</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>कागदपत्र</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>कालावधी</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>पाठवल्याची वेळ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>नाकारलेले</translation>
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
        <translation>सदनिका, नाव, पत्ता, Message-ID शोधा…</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>नोंदवहीत शोधा</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>निर्यात करा (&amp;E)…</translation>
    </message>
    <message>
        <source>Save the rows shown as CSV or as an Excel workbook</source>
        <translation>दिसणाऱ्या ओळी CSV किंवा Excel वर्कबुक म्हणून जतन करा</translation>
    </message>
    <message>
        <source>Check for &amp;bounces</source>
        <translation>परत आलेले मेल तपासा (&amp;B)</translation>
    </message>
    <message>
        <source>Read the mailbox now for bills that came back undelivered</source>
        <translation>न पोहोचता परत आलेल्या बिलांसाठी आत्ताच मेलबॉक्स वाचा</translation>
    </message>
    <message>
        <source>&amp;Only bills that came back</source>
        <translation>फक्त परत आलेली बिले (&amp;O)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;History&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;इतिहास&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>{shown} of {total} message(s)</source>
        <translation>{total} पैकी {shown} संदेश</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>नोंदवही निर्यात करा</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>परत आले</translation>
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
        <translation>सोसायटी प्रोफाइल</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>सभासद</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>बिले</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>पाठवा</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>वाचत आहे…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>करायचे आहे</translation>
    </message>
    <message>
        <source>Every month: check the email and the Society Profile, import the members and the month&apos;s bills, then send. Each step opens its page.</source>
        <translation>दर महिन्याला: ईमेल आणि सोसायटी प्रोफाइल तपासा, सभासद आणि त्या महिन्याची बिले आयात करा, मग पाठवा. प्रत्येक टप्पा त्याचे पान उघडतो.</translation>
    </message>
    <message>
        <source>✓ Everything for this month is done.</source>
        <translation>✓ या महिन्याचे सर्व काम पूर्ण झाले.</translation>
    </message>
    <message>
        <source>Next: &lt;b&gt;{step}&lt;/b&gt; — {state}</source>
        <translation>पुढे: &lt;b&gt;{step}&lt;/b&gt; — {state}</translation>
    </message>
</context>
<context>
    <name>imap</name>
    <message>
        <source>the mailbox would not list its folders</source>
        <translation>मेलबॉक्सने आपले फोल्डर दाखवले नाहीत</translation>
    </message>
    <message>
        <source>the mailbox has no Sent folder (it has: {folders})</source>
        <translation>मेलबॉक्समध्ये Sent फोल्डर नाही (असलेले फोल्डर: {folders})</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be opened</source>
        <translation>{folder} फोल्डर उघडता येत नाही</translation>
    </message>
    <message>
        <source>the mailbox refused the search</source>
        <translation>मेलबॉक्सने शोध नाकारला</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be named to the mailbox</source>
        <translation>फोल्डर {folder} चे नाव मेलबॉक्सला सांगता येत नाही</translation>
    </message>
    <message>
        <source>the mailbox refused to show its messages</source>
        <translation>मेलबॉक्सने संदेश दाखवण्यास नकार दिला</translation>
    </message>
    <message>
        <source>the mailbox refused to file the copy ({reply})</source>
        <translation>मेलबॉक्सने प्रत ठेवण्यास नकार दिला ({reply})</translation>
    </message>
    <message>
        <source>the mailbox server took too long to answer</source>
        <translation>मेलबॉक्स सर्व्हरने उत्तर द्यायला खूप वेळ घेतला</translation>
    </message>
    <message>
        <source>the mailbox server sent far more than was asked</source>
        <translation>मेलबॉक्स सर्व्हरने मागितल्यापेक्षा कितीतरी जास्त पाठवले</translation>
    </message>
    <message>
        <source>the mailbox server broke off the encryption</source>
        <translation>मेलबॉक्स सर्व्हरने एन्क्रिप्शन मध्येच तोडले</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS on port {port}: the mailbox is never read unencrypted (use port 993 with SSL/TLS)</source>
        <translation>{host} पोर्ट {port} वर STARTTLS देत नाही: मेलबॉक्स कधीही एन्क्रिप्शनशिवाय वाचला जात नाही (SSL/TLS सह पोर्ट 993 वापरा)</translation>
    </message>
    <message>
        <source>Microsoft or Google</source>
        <translation>Microsoft किंवा Google</translation>
    </message>
    <message>
        <source>the mailbox server does not take Sign in with {service} (XOAUTH2): use an App Password for the mailbox, or its provider&apos;s IMAP server</source>
        <translation>मेलबॉक्स सर्व्हर {service} द्वारे साइन इन (XOAUTH2) स्वीकारत नाही: मेलबॉक्ससाठी App Password वापरा, किंवा त्याच्या प्रदात्याचा IMAP सर्व्हर वापरा</translation>
    </message>
    <message>
        <source>the mailbox refused the {service} sign-in: sign in again (System Tools &gt; Email Credentials &gt; Sign in); if it is refused again, check that IMAP is turned on for the mailbox</source>
        <translation>मेलबॉक्सने {service} साइन-इन नाकारले: पुन्हा साइन इन करा (सिस्टम साधने &gt; ईमेल खाते तपशील &gt; साइन इन); पुन्हा नाकारले गेले तर मेलबॉक्ससाठी IMAP चालू आहे का ते तपासा</translation>
    </message>
    <message>
        <source>the mailbox server {where} answered in a way SMTP Desk cannot read</source>
        <translation>मेलबॉक्स सर्व्हर {where} ने SMTP Desk ला वाचता येणार नाही अशा प्रकारे उत्तर दिले</translation>
    </message>
    <message>
        <source>the mailbox server {where} showed a certificate that is not trusted</source>
        <translation>मेलबॉक्स सर्व्हर {where} ने विश्वासार्ह नसलेले प्रमाणपत्र दाखवले</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>वेळेत उत्तर आले नाही</translation>
    </message>
    <message>
        <source>the encrypted connection failed: check the port and security</source>
        <translation>एन्क्रिप्टेड संपर्क जुळला नाही: पोर्ट आणि सुरक्षा तपासा</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>नाकारले</translation>
    </message>
    <message>
        <source>the mailbox server {where} cannot be reached ({reason})</source>
        <translation>मेलबॉक्स सर्व्हर {where} पर्यंत पोहोचता येत नाही ({reason})</translation>
    </message>
    <message>
        <source>the mailbox refused the sign-in: check the password (an App Password for Gmail, Yahoo and Zoho) and that IMAP is turned on for the account</source>
        <translation>मेलबॉक्सने साइन इन नाकारले: पासवर्ड तपासा (Gmail, Yahoo आणि Zoho साठी App Password) आणि खात्यासाठी IMAP चालू आहे का ते पाहा</translation>
    </message>
    <message>
        <source>the mailbox sign-in cannot carry the password or user name: it holds letters beyond plain English ones; use an App Password</source>
        <translation>मेलबॉक्स साइन-इनमध्ये हा पासवर्ड किंवा यूजर नाव पाठवता येत नाही: त्यात साध्या इंग्रजीबाहेरची अक्षरे आहेत; App Password वापरा</translation>
    </message>
    <message>
        <source>the connection to the mailbox {where} was lost</source>
        <translation>मेलबॉक्स {where} शी असलेला संपर्क तुटला</translation>
    </message>
</context>
<context>
    <name>imap_settings</name>
    <message>
        <source>This service signs in with a key for sending, which no mailbox takes: SMTP Desk would be sending that key to the mailbox&apos;s server. Leave the mailbox server empty, and to keep a copy of every bill use the archive address (BCC).</source>
        <translation>ही सेवा पाठवण्यासाठीच्या कीने साइन इन करते, जी कोणताही मेलबॉक्स स्वीकारत नाही: SMTP Desk ती की मेलबॉक्सच्या सर्व्हरला पाठवेल. मेलबॉक्स सर्व्हर रिकामा ठेवा, आणि प्रत्येक बिलाची प्रत ठेवण्यासाठी संग्रह प्रतीचा पत्ता (BCC) वापरा.</translation>
    </message>
    <message>
        <source>Enter the IMAP server&apos;s name, or clear the port.</source>
        <translation>IMAP सर्व्हरचे नाव लिहा, किंवा पोर्ट रिकामा करा.</translation>
    </message>
    <message>
        <source>Enter only the IMAP server&apos;s name, for example imap.gmail.com.</source>
        <translation>फक्त IMAP सर्व्हरचे नाव लिहा, उदा. imap.gmail.com.</translation>
    </message>
    <message>
        <source>The mailbox is read encrypted only: choose ssl (port 993) or starttls (port 143).</source>
        <translation>मेलबॉक्स फक्त एन्क्रिप्शनसह वाचला जातो: ssl (पोर्ट 993) किंवा starttls (पोर्ट 143) निवडा.</translation>
    </message>
    <message>
        <source>The IMAP port is a number from 1 to 65535.</source>
        <translation>IMAP पोर्ट 1 ते 65535 मधील संख्या असते.</translation>
    </message>
    <message>
        <source>Filing a copy in Sent is either &apos;yes&apos; or &apos;no&apos;.</source>
        <translation>Sent मध्ये प्रत ठेवायची की नाही यासाठी फक्त &apos;yes&apos; किंवा &apos;no&apos; चालते.</translation>
    </message>
    <message>
        <source>This provider already keeps a copy of every message in the Sent folder; filing another would put each bill there twice. Turn this off.</source>
        <translation>हा प्रदाता आधीच प्रत्येक संदेशाची प्रत Sent फोल्डरमध्ये ठेवतो; आणखी एक प्रत ठेवल्यास प्रत्येक बिल तिथे दोनदा दिसेल. हे बंद करा.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s IMAP server: the copy of each message is filed there.</source>
        <translation>मेलबॉक्सचा IMAP सर्व्हर लिहा: प्रत्येक संदेशाची प्रत तिथे ठेवली जाते.</translation>
    </message>
</context>
<context>
    <name>importing_bills</name>
    <message>
        <source>there is no Period column: give the period (e.g. --period 2026-11)</source>
        <translation>Period स्तंभ नाही: कालावधी द्या (उदा. --period 2026-11)</translation>
    </message>
    <message>
        <source>bill {number} already exists in another period</source>
        <translation>बिल {number} दुसऱ्या कालावधीत आधीच आहे</translation>
    </message>
    <message>
        <source>bills for {periods} were imported before; importing again replaces them (confirm, or use --replace)</source>
        <translation>{periods} ची बिले आधी आयात झाली आहेत; पुन्हा आयात केल्यास ती बदलली जातील (पुष्टी करा, किंवा --replace वापरा)</translation>
    </message>
    <message>
        <source>the bill number is missing</source>
        <translation>बिल क्रमांक दिलेला नाही</translation>
    </message>
    <message>
        <source>the due date is before the bill date</source>
        <translation>देय तारीख बिलाच्या तारखेपूर्वीची आहे</translation>
    </message>
    <message>
        <source>{total} is not the sum of the charges ({charges}) nor the total payable ({payable})</source>
        <translation>{total} ही रक्कम शुल्कांची बेरीज ({charges}) नाही, आणि एकूण देय रक्कमही ({payable}) नाही</translation>
    </message>
    <message>
        <source>this charge head {problem}</source>
        <translation>हे शुल्क-शीर्षक {problem}</translation>
    </message>
</context>
<context>
    <name>importing_bounds</name>
    <message>
        <source>The file is {size}; SMTP Desk imports files up to {limit}: check that this is the register, or save only the columns SMTP Desk reads</source>
        <translation>फाइल {size} ची आहे; SMTP Desk {limit} पर्यंतच्या फाइल्स आयात करते: ही नोंदवहीच आहे ना ते तपासा, किंवा SMTP Desk वाचत असलेले स्तंभच जतन करा</translation>
    </message>
    <message>
        <source>The file has more than {cells} cells; SMTP Desk imports at most {rows} rows: remove the columns and rows it does not need</source>
        <translation>फाइलमध्ये {cells} पेक्षा जास्त सेल आहेत; SMTP Desk जास्तीत जास्त {rows} ओळी आयात करते: गरज नसलेले स्तंभ आणि ओळी काढून टाका</translation>
    </message>
    <message>
        <source>The file has more than {rows} rows; SMTP Desk imports at most {rows} at a time. Split the file.</source>
        <translation>फाइलमध्ये {rows} पेक्षा जास्त ओळी आहेत; SMTP Desk एका वेळी जास्तीत जास्त {rows} ओळी आयात करते. फाइलचे भाग करा.</translation>
    </message>
    <message>
        <source>The file has more than {rows} empty rows; delete the empty rows below the register and save it again</source>
        <translation>फाइलमध्ये {rows} पेक्षा जास्त रिकाम्या ओळी आहेत; नोंदवहीखालील रिकाम्या ओळी काढून टाका आणि फाइल पुन्हा जतन करा</translation>
    </message>
</context>
<context>
    <name>importing_fields</name>
    <message>
        <source>is a spreadsheet formula ({formula}); save the file with values, not formulas</source>
        <translation>स्प्रेडशीट सूत्र आहे ({formula}); फाइल सूत्रांऐवजी मूल्यांसह जतन करा</translation>
    </message>
    <message>
        <source>looks like a spreadsheet formula ({formula}); it was not used</source>
        <translation>स्प्रेडशीट सूत्रासारखे दिसते ({formula}); ते वापरले नाही</translation>
    </message>
    <message>
        <source>contains a line break or an invisible control character</source>
        <translation>मध्ये ओळ-खंड किंवा न दिसणारे नियंत्रण अक्षर आहे</translation>
    </message>
    <message>
        <source>is {length} characters long; shorten it to {limit} or fewer</source>
        <translation>{length} अक्षरे लांब आहे; ते {limit} किंवा कमी अक्षरांपर्यंत लहान करा</translation>
    </message>
    <message>
        <source>{value} is not a valid email address ({reason})</source>
        <translation>{value} हा वैध ईमेल पत्ता नाही ({reason})</translation>
    </message>
    <message>
        <source>is empty; enter an amount (0 if none)</source>
        <translation>रिकामे आहे; रक्कम टाका (नसल्यास 0)</translation>
    </message>
    <message>
        <source>{value} is not an amount</source>
        <translation>{value} ही रक्कम नाही</translation>
    </message>
    <message>
        <source>{value} is negative; amounts here cannot be negative</source>
        <translation>{value} ऋण आहे; येथे रक्कम ऋण असू शकत नाही</translation>
    </message>
    <message>
        <source>{value} has more than two decimals (paise)</source>
        <translation>{value} मध्ये दोनपेक्षा जास्त दशांश (पैसे) आहेत</translation>
    </message>
    <message>
        <source>is empty; enter a date like 05/11/2026</source>
        <translation>रिकामे आहे; 05/11/2026 अशी तारीख टाका</translation>
    </message>
    <message>
        <source>{value}: write the year with four digits (e.g. 05/11/2026)</source>
        <translation>{value}: वर्ष चार अंकांत लिहा (उदा. 05/11/2026)</translation>
    </message>
    <message>
        <source>day first (dd/mm/yyyy)</source>
        <translation>आधी दिवस (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>month first (mm/dd/yyyy)</source>
        <translation>आधी महिना (mm/dd/yyyy)</translation>
    </message>
    <message>
        <source>{value}: there is no month {month}; dates are read {order}; if this file writes them the other way, say so when importing</source>
        <translation>{value}: {month} असा महिना नसतो; तारखा {order} अशा वाचल्या जातात; या फाइलमध्ये त्या उलट्या क्रमाने लिहिल्या असल्यास, आयात करताना तसे सांगा</translation>
    </message>
    <message>
        <source>{value}: write the year with four digits (e.g. 5-Nov-2026)</source>
        <translation>{value}: वर्ष चार अंकांत लिहा (उदा. 5-Nov-2026)</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} ही खरी तारीख नाही</translation>
    </message>
    <message>
        <source>{value} is not a date SMTP Desk reads (use {order}, yyyy-mm-dd or 5-Nov-2026)</source>
        <translation>{value} ही SMTP Desk वाचू शकेल अशी तारीख नाही ({order}, yyyy-mm-dd किंवा 5-Nov-2026 वापरा)</translation>
    </message>
    <message>
        <source>{value} is not a period like 2026-11 or Nov 2026</source>
        <translation>{value} हा 2026-11 किंवा Nov 2026 असा कालावधी नाही</translation>
    </message>
    <message>
        <source>{value} is not a payment mode (use cash, cheque, UPI or NEFT)</source>
        <translation>{value} ही भरणा पद्धत नाही (cash, cheque, UPI किंवा NEFT वापरा)</translation>
    </message>
</context>
<context>
    <name>importing_pdf_check</name>
    <message>
        <source>is damaged or incomplete: export it again from the ERP</source>
        <translation>खराब किंवा अपूर्ण आहे: ती ERP मधून पुन्हा एक्सपोर्ट करा</translation>
    </message>
    <message>
        <source>is protected by a password: export it without one</source>
        <translation>पासवर्डने सुरक्षित आहे: ती पासवर्डशिवाय एक्सपोर्ट करा</translation>
    </message>
    <message>
        <source>has no pages: export it again from the ERP</source>
        <translation>मध्ये एकही पान नाही: ती ERP मधून पुन्हा एक्सपोर्ट करा</translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation>PDF फाइल नाही</translation>
    </message>
    <message>
        <source>is {size}; SMTP Desk imports PDFs up to {limit}, as larger messages do not get through most mail providers: export it again from the ERP</source>
        <translation>{size} ची आहे; SMTP Desk {limit} पर्यंतच्या PDF आयात करते, कारण यापेक्षा मोठे ईमेल बहुतेक ईमेल सेवांमधून पोहोचत नाहीत: ती ERP मधून पुन्हा एक्सपोर्ट करा</translation>
    </message>
</context>
<context>
    <name>importing_pdfs</name>
    <message>
        <source>Imported {count} PDF(s) from {folder}.</source>
        <translation>{folder} मधून {count} PDF आयात केल्या.</translation>
    </message>
    <message>
        <source>Nothing was imported from {folder}: {count} problem(s).</source>
        <translation>{folder} मधून काहीही आयात झाले नाही: {count} समस्या.</translation>
    </message>
    <message>
        <source>{file} changed while it was being imported; nothing was imported: import the folder again</source>
        <translation>आयात होत असताना {file} बदलली; काहीही आयात झाले नाही: फोल्डर पुन्हा आयात करा</translation>
    </message>
    <message>
        <source>the PDFs cannot be copied into {folder} ({reason}); nothing was imported</source>
        <translation>PDF फाइल्स {folder} मध्ये कॉपी करता येत नाहीत ({reason}); काहीही आयात झाले नाही</translation>
    </message>
    <message>
        <source>{file} is a link to a file outside the folder; copy the file itself into the folder</source>
        <translation>{file} ही फोल्डरबाहेरील फाइलची लिंक आहे; मूळ फाइलच फोल्डरमध्ये कॉपी करा</translation>
    </message>
    <message>
        <source>cannot read the folder ({reason})</source>
        <translation>फोल्डर वाचता येत नाही ({reason})</translation>
    </message>
    <message>
        <source>there are no .pdf files in it</source>
        <translation>त्यात एकही .pdf फाइल नाही</translation>
    </message>
    <message>
        <source>{file} names no flat of the members</source>
        <translation>{file} च्या नावात कोणत्याही सभासदाची सदनिका नाही</translation>
    </message>
    <message>
        <source> or </source>
        <translation> किंवा </translation>
    </message>
    <message>
        <source>{file} could be flat {flats}; rename it</source>
        <translation>{file} ही सदनिका {flats} ची असू शकते; तिचे नाव बदला</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason})</source>
        <translation>{file} वाचता येत नाही ({reason})</translation>
    </message>
    <message>
        <source>{file} is a second file for flat {flat} (also {other})</source>
        <translation>{file} ही सदनिका {flat} साठी दुसरी फाइल आहे ({other} देखील)</translation>
    </message>
</context>
<context>
    <name>importing_receipts</name>
    <message>
        <source>receipt {number} was imported before (use --replace to replace it)</source>
        <translation>पावती {number} आधी आयात झाली आहे (बदलण्यासाठी --replace वापरा)</translation>
    </message>
    <message>
        <source>the receipt number is missing</source>
        <translation>पावती क्रमांक दिलेला नाही</translation>
    </message>
    <message>
        <source>the amount is zero</source>
        <translation>रक्कम शून्य आहे</translation>
    </message>
    <message>
        <source>a cheque payment needs the cheque number</source>
        <translation>चेकने भरलेल्या रकमेसाठी चेक क्रमांक आवश्यक आहे</translation>
    </message>
</context>
<context>
    <name>importing_register</name>
    <message>
        <source>has no rows under a header row</source>
        <translation>शीर्षक ओळीखाली एकही ओळ नाही</translation>
    </message>
    <message>
        <source>the member&apos;s name is missing</source>
        <translation>सभासदाचे नाव दिलेले नाही</translation>
    </message>
</context>
<context>
    <name>importing_rows</name>
    <message>
        <source>bill number</source>
        <translation>बिल क्रमांक</translation>
    </message>
    <message>
        <source>bills</source>
        <translation>बिले</translation>
    </message>
    <message>
        <source>periods</source>
        <translation>कालावधी</translation>
    </message>
    <message>
        <source>replaced periods</source>
        <translation>बदललेले कालावधी</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>पावती क्रमांक</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>पावत्या</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>बदललेल्या</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>सदनिका</translation>
    </message>
    <message>
        <source>members</source>
        <translation>सभासद</translation>
    </message>
    <message>
        <source>new</source>
        <translation>नवीन</translation>
    </message>
    <message>
        <source>without email</source>
        <translation>ईमेलशिवाय</translation>
    </message>
    <message>
        <source>with two or more emails</source>
        <translation>दोन किंवा अधिक ईमेलसह</translation>
    </message>
    <message>
        <source>Imported {file}: {counts}.</source>
        <translation>{file} आयात केली: {counts}.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {count} problem(s) to correct first.</source>
        <translation>{file} मधून काहीही आयात झाले नाही: आधी {count} समस्या दुरुस्त करा.</translation>
    </message>
    <message>
        <source>this column is missing from the header row</source>
        <translation>हा स्तंभ शीर्षक ओळीत नाही</translation>
    </message>
    <message>
        <source>{what} {value} appears again (first on row {first})</source>
        <translation>{what} {value} ची पुनरावृत्ती झाली आहे (पहिल्यांदा ओळ {first} वर)</translation>
    </message>
    <message>
        <source>the flat is missing</source>
        <translation>सदनिका दिलेली नाही</translation>
    </message>
    <message>
        <source>flat {flat} is not among the members; import the members first</source>
        <translation>सदनिका {flat} सभासदांमध्ये नाही; आधी सभासद आयात करा</translation>
    </message>
</context>
<context>
    <name>importing_table</name>
    <message>
        <source>row {row}</source>
        <translation>ओळ {row}</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>स्तंभ {column}</translation>
    </message>
    <message>
        <source>Line {line} of the file is longer than {most} characters; check that this is the register, saved as CSV</source>
        <translation>फाइलची ओळ {line} {most} अक्षरांपेक्षा लांब आहे; ही CSV म्हणून जतन केलेली नोंदवहीच आहे ना ते तपासा</translation>
    </message>
    <message>
        <source>The file says it is {encoding} text but is not: save it again as CSV</source>
        <translation>फाइलनुसार ती {encoding} मजकूर आहे, पण तशी नाही: ती पुन्हा CSV म्हणून जतन करा</translation>
    </message>
    <message>
        <source>{file}: SMTP Desk imports .csv and .xlsx files; save it as one of those.</source>
        <translation>{file}: SMTP Desk .csv आणि .xlsx फाइल्स आयात करते; फाइल यांपैकी एका प्रकारात जतन करा.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} वाचता येत नाही ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a valid CSV file ({reason}).</source>
        <translation>{file} ही वैध CSV फाइल नाही ({reason}).</translation>
    </message>
</context>
<context>
    <name>importing_workbook</name>
    <message>
        <source>{file} is not a readable Excel (.xlsx) file.</source>
        <translation>{file} ही वाचता येण्याजोगी Excel (.xlsx) फाइल नाही.</translation>
    </message>
</context>
<context>
    <name>importing_workbook_parts</name>
    <message>
        <source>check that this is the register, or open it in Excel and save it again</source>
        <translation>ही नोंदवहीच आहे ना ते तपासा, किंवा ती Excel मध्ये उघडून पुन्हा जतन करा</translation>
    </message>
    <message>
        <source>{file} is protected by a password, or is an old-style Excel file (.xls) renamed: open it in Excel and save it as .xlsx without a password</source>
        <translation>{file} पासवर्डने सुरक्षित आहे, किंवा नाव बदललेली जुन्या प्रकारची Excel फाइल (.xls) आहे: ती Excel मध्ये उघडा आणि पासवर्डशिवाय .xlsx म्हणून जतन करा</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel (.xlsx) file.</source>
        <translation>{file} ही वाचता येण्याजोगी Excel (.xlsx) फाइल नाही.</translation>
    </message>
    <message>
        <source>The Excel file has {parts} parts; a workbook has a few dozen at most and SMTP Desk reads up to {most}: {again}</source>
        <translation>Excel फाइलमध्ये {parts} भाग आहेत; वर्कबुकमध्ये जास्तीत जास्त काही डझन भाग असतात आणि SMTP Desk {most} पर्यंत वाचते: {again}</translation>
    </message>
    <message>
        <source>The Excel file&apos;s text unpacks to {size}; SMTP Desk reads up to {limit} of text: {again}</source>
        <translation>Excel फाइलमधील मजकूर उघडल्यावर {size} होतो; SMTP Desk {limit} पर्यंतचा मजकूर वाचते: {again}</translation>
    </message>
    <message>
        <source>The Excel file&apos;s sheet unpacks to {size}; SMTP Desk reads sheets up to {limit}: {again}</source>
        <translation>Excel फाइलमधील शीट उघडल्यावर {size} होते; SMTP Desk {limit} पर्यंतच्या शीट वाचते: {again}</translation>
    </message>
    <message>
        <source>The Excel file&apos;s part {part} unpacks to {size}; SMTP Desk reads parts up to {limit}: {again}</source>
        <translation>Excel फाइलमधील भाग {part} उघडल्यावर {size} होतो; SMTP Desk {limit} पर्यंतचे भाग वाचते: {again}</translation>
    </message>
    <message>
        <source>The Excel file unpacks to {size}; SMTP Desk reads up to {limit} in all: {again}</source>
        <translation>Excel फाइल उघडल्यावर {size} होते; SMTP Desk एकूण {limit} पर्यंत वाचते: {again}</translation>
    </message>
    <message>
        <source>The Excel file is not built like one saved by Excel ({reason} in {part}): open it in Excel and save it again</source>
        <translation>ही Excel फाइल Excel ने जतन केलेल्या फाइलसारखी बनलेली नाही ({part} मध्ये {reason}): ती Excel मध्ये उघडून पुन्हा जतन करा</translation>
    </message>
    <message>
        <source>more than {count} XML elements in all</source>
        <translation>एकूण {count} पेक्षा जास्त XML घटक</translation>
    </message>
    <message>
        <source>a row of more than {count} XML elements</source>
        <translation>{count} पेक्षा जास्त XML घटकांची एक ओळ</translation>
    </message>
    <message>
        <source>more than {count} XML elements outside the rows</source>
        <translation>ओळींच्या बाहेर {count} पेक्षा जास्त XML घटक</translation>
    </message>
    <message>
        <source>a document type declaration</source>
        <translation>दस्तऐवज-प्रकार घोषणा (DOCTYPE)</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>Maintenance bill</source>
        <translation>देखभाल बिल</translation>
    </message>
    <message>
        <source>maintenance bills</source>
        <translation>देखभाल बिले</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>पावती</translation>
    </message>
    <message>
        <source>payment receipts</source>
        <translation>पावत्या</translation>
    </message>
    <message>
        <source>Member statement</source>
        <translation>सभासद खातेउतारा</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>खातेउतारे</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <source>{count} from {when}</source>
        <translation>{when} पासून {count}</translation>
    </message>
    <message>
        <source>, the other {rest} over the day after</source>
        <translation>, उरलेले {rest} त्यानंतरच्या दिवशी</translation>
    </message>
    <message>
        <source>, the other {rest} over the {days} days after</source>
        <translation>, उरलेले {rest} त्यानंतरच्या {days} दिवसांत</translation>
    </message>
    <message>
        <source>1 message is recorded as sent later than now (not counted in the last 24 h) — the PC&apos;s clock was ahead when they were sent, or is behind now; check the date and time.</source>
        <translation>1 संदेश आत्ताच्या नंतरच्या वेळी पाठवल्याची नोंद आहे (गेल्या 24 तासांत मोजलेला नाही) — तो पाठवताना PC चे घड्याळ पुढे होते, किंवा आता मागे आहे; तारीख आणि वेळ तपासा.</translation>
    </message>
    <message>
        <source>{count} messages are recorded as sent later than now (not counted in the last 24 h) — the PC&apos;s clock was ahead when they were sent, or is behind now; check the date and time.</source>
        <translation>{count} संदेश आत्ताच्या नंतरच्या वेळी पाठवल्याची नोंद आहे (गेल्या 24 तासांत मोजलेले नाहीत) — ते पाठवताना PC चे घड्याळ पुढे होते, किंवा आता मागे आहे; तारीख आणि वेळ तपासा.</translation>
    </message>
    <message>
        <source>{count} to send; the provider says its daily limit is reached: they can go from {when}.</source>
        <translation>{count} पाठवायचे; प्रदाता म्हणतो की त्याची दैनिक मर्यादा पूर्ण झाली आहे: ते {when} पासून जाऊ शकतात.</translation>
    </message>
    <message>
        <source>{count} to send; no daily limit is set: all now.</source>
        <translation>{count} पाठवायचे; दैनिक मर्यादा ठरवलेली नाही: सर्व आत्ता.</translation>
    </message>
    <message>
        <source>the provider allows {daily} a day (learned from its reply on {day})</source>
        <translation>प्रदाता दिवसाला {daily} पाठवू देतो ({day} रोजी त्याच्या उत्तरावरून समजले)</translation>
    </message>
    <message>
        <source>your account allows {daily} a day</source>
        <translation>तुमचे खाते दिवसाला {daily} पाठवू देते</translation>
    </message>
    <message>
        <source>{count} to send; {allows} and {sent} were sent in the last 24 h</source>
        <translation>{count} पाठवायचे; {allows} आणि गेल्या 24 तासांत {sent} पाठवले गेले</translation>
    </message>
    <message>
        <source>{plan}: all {now} now.</source>
        <translation>{plan}: सर्व {now} आत्ता.</translation>
    </message>
    <message>
        <source>{plan}: {now} now, {later}.</source>
        <translation>{plan}: {now} आत्ता, {later}.</translation>
    </message>
</context>
<context>
    <name>log_pane</name>
    <message>
        <source>&amp;Log</source>
        <translation>नोंद (लॉग) (&amp;L)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>नोंद (लॉग)</translation>
    </message>
</context>
<context>
    <name>mailbox</name>
    <message>
        <source>the mailbox (IMAP) is not set up, so it cannot be read: give its server in Email Credentials or with smtp-desk configure --imap-host</source>
        <translation>मेलबॉक्स (IMAP) सेट केलेला नाही, त्यामुळे तो वाचता येत नाही: “ईमेल खाते तपशील” मध्ये किंवा smtp-desk configure --imap-host ने त्याचा सर्व्हर द्या</translation>
    </message>
    <message>
        <source>no email account is saved yet: set it up in Email Credentials (or with smtp-desk configure)</source>
        <translation>अजून कोणतेही ईमेल खाते जतन केलेले नाही: ते “ईमेल खाते तपशील” मध्ये (किंवा smtp-desk configure ने) सेट करा</translation>
    </message>
    <message>
        <source>the saved email settings need correcting in Email Credentials first ({problems})</source>
        <translation>जतन केलेल्या ईमेल सेटिंग्ज आधी “ईमेल खाते तपशील” मध्ये दुरुस्त करायला हव्यात ({problems})</translation>
    </message>
</context>
<context>
    <name>mailbox_step</name>
    <message>
        <source>For SMTP Desk to confirm sent bills and find bounces: turn on IMAP in Gmail (Settings &gt; See all settings &gt; Forwarding and POP/IMAP), sign in with the App Password, and check the mailbox&apos;s server and port.</source>
        <translation>SMTP Desk ला पाठवलेल्या बिलांची खात्री करता यावी आणि परत आलेले मेल शोधता यावेत यासाठी: Gmail मध्ये IMAP चालू करा (Settings &gt; See all settings &gt; Forwarding and POP/IMAP), App Password ने साइन इन करा, आणि मेलबॉक्सचा सर्व्हर व पोर्ट तपासा.</translation>
    </message>
    <message>
        <source>For SMTP Desk to confirm sent bills and find bounces: ask your IT person to allow IMAP for this mailbox (Microsoft 365 admin center &gt; Users &gt; Mail &gt; Manage email apps), and check the mailbox&apos;s server and port.</source>
        <translation>SMTP Desk ला पाठवलेल्या बिलांची खात्री करता यावी आणि परत आलेले मेल शोधता यावेत यासाठी: तुमच्या IT सहाय्यकाला या मेलबॉक्ससाठी IMAP ला परवानगी द्यायला सांगा (Microsoft 365 admin center &gt; Users &gt; Mail &gt; Manage email apps), आणि मेलबॉक्सचा सर्व्हर व पोर्ट तपासा.</translation>
    </message>
    <message>
        <source>For SMTP Desk to confirm sent bills and find bounces: turn on IMAP access in the mail settings, sign in with the App Password, and check the mailbox&apos;s server and port.</source>
        <translation>SMTP Desk ला पाठवलेल्या बिलांची खात्री करता यावी आणि परत आलेले मेल शोधता यावेत यासाठी: मेल सेटिंग्जमध्ये IMAP वापर चालू करा, App Password ने साइन इन करा, आणि मेलबॉक्सचा सर्व्हर व पोर्ट तपासा.</translation>
    </message>
    <message>
        <source>For SMTP Desk to confirm sent bills and find bounces: check the mailbox&apos;s server, port and security in Email Credentials (your mail provider&apos;s help page lists them), and that IMAP is turned on for the account.</source>
        <translation>SMTP Desk ला पाठवलेल्या बिलांची खात्री करता यावी आणि परत आलेले मेल शोधता यावेत यासाठी: “ईमेल खाते तपशील” मध्ये मेलबॉक्सचा सर्व्हर, पोर्ट आणि सुरक्षा तपासा (तुमच्या मेल प्रदात्याच्या मदत पानावर ते दिलेले असतात), आणि खात्यासाठी IMAP चालू आहे का ते पाहा.</translation>
    </message>
    <message>
        <source>For SMTP Desk to confirm sent bills and find bounces: sign in again when asked (reading mail needs its own consent), make sure IMAP is allowed for the mailbox, and check the mailbox&apos;s server and port.</source>
        <translation>SMTP Desk ला पाठवलेल्या बिलांची खात्री करता यावी आणि परत आलेले मेल शोधता यावेत यासाठी: विचारले जाईल तेव्हा पुन्हा साइन इन करा (मेल वाचण्यासाठी वेगळी संमती लागते), मेलबॉक्ससाठी IMAP ला परवानगी आहे याची खात्री करा, आणि मेलबॉक्सचा सर्व्हर व पोर्ट तपासा.</translation>
    </message>
    <message>
        <source>the mailbox server {where} did not answer within {seconds} s</source>
        <translation>मेलबॉक्स सर्व्हर {where} ने {seconds} सेकंदांत उत्तर दिले नाही</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>वाचता येत नाही</translation>
    </message>
    <message>
        <source>the mailbox could not be read</source>
        <translation>मेलबॉक्स वाचता आला नाही</translation>
    </message>
    <message>
        <source>signed in to {host}; sent mail is kept in “{folder}”</source>
        <translation>{host} मध्ये साइन इन झाले; पाठवलेले मेल “{folder}” मध्ये ठेवले जातात</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Data folder: {folder}</source>
        <translation>डेटा फोल्डर: {folder}</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>तयार.</translation>
    </message>
    <message>
        <source>The language changes when SMTP Desk starts again.</source>
        <translation>SMTP Desk पुन्हा सुरू केल्यावर भाषा बदलेल.</translation>
    </message>
    <message>
        <source>Close SMTP Desk and open it again to see it in {language}.</source>
        <translation>SMTP Desk {language} मध्ये पाहण्यासाठी ते बंद करून पुन्हा उघडा.</translation>
    </message>
    <message>
        <source>Message Wording</source>
        <translation>संदेशाचा मजकूर</translation>
    </message>
    <message>
        <source> — PRACTICE (no real email leaves this PC)</source>
        <translation> — सराव (खरा ईमेल या PC बाहेर जात नाही)</translation>
    </message>
    <message>
        <source>That society is already open.</source>
        <translation>ती सोसायटी आधीच उघडलेली आहे.</translation>
    </message>
    <message>
        <source>Reading the mailbox…</source>
        <translation>मेलबॉक्स वाचत आहे…</translation>
    </message>
    <message>
        <source>Reading the mailbox for bounces…</source>
        <translation>परत आलेल्या मेलसाठी मेलबॉक्स वाचत आहे…</translation>
    </message>
</context>
<context>
    <name>member_reasons</name>
    <message>
        <source>press Retry failed later; if it keeps happening, run Test connection on the Email Credentials page</source>
        <translation>थोड्या वेळाने “अयशस्वी पुन्हा पाठवा” दाबा; असे वारंवार होत असल्यास “ईमेल खाते तपशील” पानावर “कनेक्शन तपासा” चालवा</translation>
    </message>
    <message>
        <source>The provider refused {flat}&apos;s address {address} as invalid</source>
        <translation>प्रदात्याने {flat} चा पत्ता {address} अवैध म्हणून नाकारला</translation>
    </message>
    <message>
        <source>correct the member&apos;s email and send again</source>
        <translation>सभासदाचा ईमेल दुरुस्त करा आणि पुन्हा पाठवा</translation>
    </message>
    <message>
        <source>{flat}&apos;s address {address} is not a valid email address, so SMTP Desk did not send to it</source>
        <translation>{flat} चा पत्ता {address} वैध ईमेल पत्ता नाही, म्हणून SMTP Desk ने त्यावर पाठवले नाही</translation>
    </message>
    <message>
        <source>The mailbox {address} of flat {flat} does not exist or is closed</source>
        <translation>सदनिका {flat} चा मेलबॉक्स {address} अस्तित्वात नाही किंवा बंद आहे</translation>
    </message>
    <message>
        <source>check the address with the member, correct it and send again</source>
        <translation>सभासदाकडून पत्ता तपासून घ्या, दुरुस्त करा आणि पुन्हा पाठवा</translation>
    </message>
    <message>
        <source>{flat}&apos;s mailbox {address} is full</source>
        <translation>{flat} चा मेलबॉक्स {address} भरलेला आहे</translation>
    </message>
    <message>
        <source>ask the member to make room, then press Retry failed</source>
        <translation>सभासदाला मेलबॉक्समध्ये जागा करायला सांगा, मग “अयशस्वी पुन्हा पाठवा” दाबा</translation>
    </message>
    <message>
        <source>The provider refused {flat}&apos;s address {address}</source>
        <translation>प्रदात्याने {flat} चा पत्ता {address} नाकारला</translation>
    </message>
    <message>
        <source>{flat}&apos;s address {address} has letters outside plain English, which the provider&apos;s server does not accept</source>
        <translation>{flat} च्या पत्त्यात {address} साध्या इंग्रजीबाहेरची अक्षरे आहेत, जी प्रदात्याचा सर्व्हर स्वीकारत नाही</translation>
    </message>
    <message>
        <source>ask the member for another address</source>
        <translation>सभासदाकडे दुसरा पत्ता मागा</translation>
    </message>
    <message>
        <source>{flat}&apos;s message is larger than the provider accepts</source>
        <translation>{flat} चा संदेश प्रदाता स्वीकारतो त्यापेक्षा मोठा आहे</translation>
    </message>
    <message>
        <source>make the PDF smaller (fewer pages, a smaller logo), then press Retry failed</source>
        <translation>PDF लहान करा (कमी पाने, लहान लोगो), मग “अयशस्वी पुन्हा पाठवा” दाबा</translation>
    </message>
    <message>
        <source>The provider refused the message to {flat} by its rules</source>
        <translation>प्रदात्याने आपल्या नियमांनुसार {flat} ला जाणारा संदेश नाकारला</translation>
    </message>
    <message>
        <source>send from the signed-in account&apos;s own address; if it keeps happening, ask the provider why, quoting its reply from the details</source>
        <translation>साइन इन केलेल्या खात्याच्याच पत्त्यावरून पाठवा; असे वारंवार होत असल्यास, तपशिलातील त्याचे उत्तर देऊन प्रदात्याला कारण विचारा</translation>
    </message>
    <message>
        <source>{flat}&apos;s document could not be made</source>
        <translation>{flat} चे कागदपत्र तयार होऊ शकले नाही</translation>
    </message>
    <message>
        <source>fix the member&apos;s details (for example a field too long for the page) and send again; the other members are not held up</source>
        <translation>सभासदाचा तपशील दुरुस्त करा (उदा. पानात न मावणारे लांब क्षेत्र) आणि पुन्हा पाठवा; इतर सभासद अडकून राहत नाहीत</translation>
    </message>
    <message>
        <source>{flat}&apos;s document is no longer in the register</source>
        <translation>{flat} चे कागदपत्र आता नोंदवहीत नाही</translation>
    </message>
    <message>
        <source>import it again if it should still be sent</source>
        <translation>ते अजूनही पाठवायचे असल्यास पुन्हा आयात करा</translation>
    </message>
    <message>
        <source>{flat}&apos;s imported PDF file is missing from the data folder</source>
        <translation>{flat} ची आयात केलेली PDF फाइल डेटा फोल्डरमध्ये नाही</translation>
    </message>
    <message>
        <source>import the PDF folder again on the Members page, then send again</source>
        <translation>“सभासद व कागदपत्रे” पानावर PDF फोल्डर पुन्हा आयात करा, मग पुन्हा पाठवा</translation>
    </message>
    <message>
        <source>The provider asked to try again later</source>
        <translation>प्रदात्याने थोड्या वेळाने पुन्हा प्रयत्न करायला सांगितले</translation>
    </message>
    <message>
        <source>press Retry failed later</source>
        <translation>थोड्या वेळाने “अयशस्वी पुन्हा पाठवा” दाबा</translation>
    </message>
    <message>
        <source>The provider did not answer in time while sending to {flat}</source>
        <translation>{flat} ला पाठवताना प्रदात्याने वेळेत उत्तर दिले नाही</translation>
    </message>
    <message>
        <source>The connection to the provider broke while sending to {flat}</source>
        <translation>{flat} ला पाठवताना प्रदात्याशी कनेक्शन तुटले</translation>
    </message>
    <message>
        <source>The provider refused the message to {flat} (the server&apos;s reply is in the details)</source>
        <translation>प्रदात्याने {flat} ला जाणारा संदेश नाकारला (सर्व्हरचे उत्तर तपशिलात आहे)</translation>
    </message>
    <message>
        <source>if the reply is unclear, send it to your provider; then press Retry failed</source>
        <translation>उत्तर स्पष्ट नसल्यास ते तुमच्या प्रदात्याला पाठवा; मग “अयशस्वी पुन्हा पाठवा” दाबा</translation>
    </message>
    <message>
        <source>Sending to {flat} failed for a reason SMTP Desk does not recognise (see the details)</source>
        <translation>{flat} ला पाठवणे SMTP Desk ला न ओळखता येणाऱ्या कारणाने अयशस्वी झाले (तपशील पहा)</translation>
    </message>
    <message>
        <source>press Retry failed; if it happens again, send the details to whoever looks after SMTP Desk</source>
        <translation>“अयशस्वी पुन्हा पाठवा” दाबा; पुन्हा असे झाल्यास तपशील SMTP Desk सांभाळणाऱ्या व्यक्तीला पाठवा</translation>
    </message>
    <message>
        <source>{flat} was not sent and the run stopped: {problem}; {action}.</source>
        <translation>{flat} ला पाठवले नाही आणि पाठवणी थांबली: {problem}; {action}.</translation>
    </message>
    <message>
        <source>The provider&apos;s daily sending limit was reached before {flat} was sent: {action}.</source>
        <translation>{flat} ला पाठवण्यापूर्वीच प्रदात्याची दैनिक मर्यादा पूर्ण झाली: {action}.</translation>
    </message>
    <message>
        <source>{flat} was not sent: {problem}; {action}.</source>
        <translation>{flat} ला पाठवले नाही: {problem}; {action}.</translation>
    </message>
    <message>
        <source>{happened}; SMTP Desk will try again automatically.</source>
        <translation>{happened}; SMTP Desk आपोआप पुन्हा प्रयत्न करेल.</translation>
    </message>
    <message>
        <source>{happened}; SMTP Desk will try {flat} again automatically.</source>
        <translation>{happened}; SMTP Desk {flat} ला आपोआप पुन्हा पाठवण्याचा प्रयत्न करेल.</translation>
    </message>
    <message>
        <source>The provider kept asking to try again later ({attempts} tries), so {flat} was not sent</source>
        <translation>प्रदाता वारंवार थोड्या वेळाने प्रयत्न करायला सांगत राहिला ({attempts} प्रयत्न), म्हणून {flat} ला पाठवले नाही</translation>
    </message>
    <message>
        <source>The provider asked to try again later, so {flat} was not sent</source>
        <translation>प्रदात्याने थोड्या वेळाने प्रयत्न करायला सांगितले, म्हणून {flat} ला पाठवले नाही</translation>
    </message>
    <message>
        <source>{happened} ({attempts} tries)</source>
        <translation>{happened} ({attempts} प्रयत्न)</translation>
    </message>
    <message>
        <source>{happened}: {action}.</source>
        <translation>{happened}: {action}.</translation>
    </message>
</context>
<context>
    <name>members_page</name>
    <message>
        <source>members</source>
        <translation>सभासद</translation>
    </message>
    <message>
        <source>bills</source>
        <translation>बिले</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>पावत्या</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>सभासद आयात करा</translation>
    </message>
    <message>
        <source>Import bills</source>
        <translation>बिले आयात करा</translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation>पावत्या आयात करा</translation>
    </message>
    <message>
        <source>Save the members template</source>
        <translation>सभासदांचा साचा जतन करा</translation>
    </message>
    <message>
        <source>Save the bills template</source>
        <translation>बिलांचा साचा जतन करा</translation>
    </message>
    <message>
        <source>Save the receipts template</source>
        <translation>पावत्यांचा साचा जतन करा</translation>
    </message>
    <message>
        <source>bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>पावती</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>खातेउतारा</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फाइल</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ओळ</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>स्तंभ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>अडचण</translation>
    </message>
    <message>
        <source>Import &amp;members…</source>
        <translation>सभासद आयात करा (&amp;M)…</translation>
    </message>
    <message>
        <source>Import &amp;bills…</source>
        <translation>बिले आयात करा (&amp;B)…</translation>
    </message>
    <message>
        <source>Import &amp;receipts…</source>
        <translation>पावत्या आयात करा (&amp;R)…</translation>
    </message>
    <message>
        <source>Import &amp;PDF folder…</source>
        <translation>PDF फोल्डर आयात करा (&amp;P)…</translation>
    </message>
    <message>
        <source>Save a template…</source>
        <translation>साचा जतन करा…</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>साचा जतन करा</translation>
    </message>
    <message>
        <source>P&amp;eriod (bills without a Period column, PDFs):</source>
        <translation>कालावधी (Period स्तंभ नसलेली बिले, PDF) (&amp;E):</translation>
    </message>
    <message>
        <source>PDFs are</source>
        <translation>PDF प्रकार</translation>
    </message>
    <message>
        <source>Kind of the PDFs</source>
        <translation>PDF चा प्रकार</translation>
    </message>
    <message>
        <source>Drop a CSV or Excel file, or a folder of PDFs, here — or use the buttons.</source>
        <translation>CSV किंवा Excel फाइल, किंवा PDF चा फोल्डर येथे ओढून टाका — किंवा बटणे वापरा.</translation>
    </message>
    <message>
        <source>&amp;Copy problems</source>
        <translation>अडचणी कॉपी करा (&amp;C)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>अडचणी</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>सभासद</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>बिले</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Members &amp;amp; Documents&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;सभासद व कागदपत्रे&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Check the period: {problem}</source>
        <translation>कालावधी तपासा: {problem}</translation>
    </message>
    <message>
        <source>give the period of the PDFs (YYYY-MM)</source>
        <translation>PDF चा कालावधी द्या (YYYY-MM)</translation>
    </message>
    <message>
        <source>Enter the period of the PDFs first.</source>
        <translation>आधी PDF चा कालावधी भरा.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} आयात करत आहे…</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly; nothing was imported. Details are in the log.</source>
        <translation>आयात अनपेक्षितपणे थांबली; काहीही आयात झाले नाही. तपशील नोंदीत (लॉग) आहे.</translation>
    </message>
    <message>
        <source>Replace bills?</source>
        <translation>बिले बदलायची?</translation>
    </message>
    <message>
        <source>Bills for {periods} were imported before. Replace them with this file? (Bills already sent are not affected.)</source>
        <translation>{periods} ची बिले आधी आयात केली होती. ती या फाइलने बदलायची का? (आधीच पाठवलेल्या बिलांवर परिणाम होत नाही.)</translation>
    </message>
    <message>
        <source>Folder of ready PDFs</source>
        <translation>तयार PDF चा फोल्डर</translation>
    </message>
    <message>
        <source>Registers (*.csv *.xlsx *.txt)</source>
        <translation>नोंदवह्या (*.csv *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>months</name>
    <message>
        <source>January</source>
        <translation>जानेवारी</translation>
    </message>
    <message>
        <source>February</source>
        <translation>फेब्रुवारी</translation>
    </message>
    <message>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>April</source>
        <translation>एप्रिल</translation>
    </message>
    <message>
        <source>May</source>
        <translation>मे</translation>
    </message>
    <message>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>July</source>
        <translation>जुलै</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ऑगस्ट</translation>
    </message>
    <message>
        <source>September</source>
        <translation>सप्टेंबर</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ऑक्टोबर</translation>
    </message>
    <message>
        <source>November</source>
        <translation>नोव्हेंबर</translation>
    </message>
    <message>
        <source>December</source>
        <translation>डिसेंबर</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>जाने</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>फेब्रु</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>एप्रि</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>जून</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>जुलै</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ऑग</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>सप्टें</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>ऑक्टो</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>नोव्हें</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>डिसें</translation>
    </message>
</context>
<context>
    <name>oauth</name>
    <message>
        <source>Signed in to {service} as {user} (token valid for {minutes} min; it is renewed automatically).</source>
        <translation>{service} मध्ये {user} म्हणून साइन इन झाले (टोकन {minutes} मिनिटे वैध; ते आपोआप नूतनीकृत होते).</translation>
    </message>
    <message>
        <source>Signing in also lets SMTP Desk read the Sent folder to confirm bills.</source>
        <translation>साइन इन केल्याने SMTP Desk ला बिलांची खात्री करण्यासाठी Sent फोल्डरही वाचता येतो.</translation>
    </message>
    <message>
        <source>Signed in for sending only: the bills can be sent, but the Sent folder cannot be read to confirm them until reading the mailbox is approved too (for your IT admin: IMAP.AccessAsUser.All).</source>
        <translation>फक्त पाठवण्यासाठी साइन इन झाले: बिले पाठवता येतील, पण मेलबॉक्स वाचण्यालाही मंजुरी मिळेपर्यंत त्यांची खात्री करण्यासाठी Sent फोल्डर वाचता येणार नाही (तुमच्या IT प्रशासकांसाठी: IMAP.AccessAsUser.All).</translation>
    </message>
    <message>
        <source>Your organisation does not let SMTP Desk read the mailbox, so this sign-in was refused; sending works once you sign in again, because SMTP Desk will then ask only to send.</source>
        <translation>तुमची संस्था SMTP Desk ला मेलबॉक्स वाचू देत नाही, म्हणून हे साइन-इन नाकारले गेले; पुन्हा साइन इन केल्यावर पाठवणे चालेल, कारण तेव्हा SMTP Desk फक्त पाठवण्याचीच परवानगी मागेल.</translation>
    </message>
    <message>
        <source>Sign in again with a new code (Email Credentials &gt; Use a code instead, or smtp-desk signin). To let SMTP Desk also confirm bills from the Sent folder, ask your IT admin to approve IMAP.AccessAsUser.All for {service} sign-in.</source>
        <translation>नवीन कोडने पुन्हा साइन इन करा (ईमेल खाते तपशील &gt; त्याऐवजी कोड वापरा, किंवा smtp-desk signin). SMTP Desk ला Sent फोल्डरवरून बिलांची खात्रीही करता यावी यासाठी, तुमच्या IT प्रशासकाला {service} साइन-इनसाठी IMAP.AccessAsUser.All ला मंजुरी द्यायला सांगा.</translation>
    </message>
    <message>
        <source>Sign in again (System Tools &gt; Email Credentials &gt; Sign in) to let SMTP Desk read the Sent folder; if your IT admin approved only SMTP.Send, ask them to also approve IMAP.AccessAsUser.All</source>
        <translation>SMTP Desk ला Sent फोल्डर वाचता यावा यासाठी पुन्हा साइन इन करा (सिस्टम साधने &gt; ईमेल खाते तपशील &gt; साइन इन); तुमच्या IT प्रशासकाने फक्त SMTP.Send ला मंजुरी दिली असेल, तर त्यांना IMAP.AccessAsUser.All लाही मंजुरी द्यायला सांगा</translation>
    </message>
    <message>
        <source>Sign in again (System Tools &gt; Email Credentials &gt; Sign in) to let SMTP Desk read the Sent folder</source>
        <translation>SMTP Desk ला Sent फोल्डर वाचता यावा यासाठी पुन्हा साइन इन करा (सिस्टम साधने &gt; ईमेल खाते तपशील &gt; साइन इन)</translation>
    </message>
</context>
<context>
    <name>oauth_apps</name>
    <message>
        <source>The tenant is &apos;organizations&apos; (work accounts), &apos;consumers&apos; (Outlook.com), &apos;common&apos;, the organisation&apos;s tenant ID (a GUID) or its domain (yoursociety.in).</source>
        <translation>टेनंट &apos;organizations&apos; (कामाची खाती), &apos;consumers&apos; (Outlook.com), &apos;common&apos;, संस्थेचा tenant ID (GUID) किंवा तिचे डोमेन (yoursociety.in) यांपैकी एक असावा.</translation>
    </message>
</context>
<context>
    <name>oauth_problems</name>
    <message>
        <source>the sign-in has expired or was withdrawn: sign in again</source>
        <translation>साइन-इनची मुदत संपली किंवा ते रद्द झाले: पुन्हा साइन इन करा</translation>
    </message>
    <message>
        <source>an administrator must approve SMTP Desk for this organisation</source>
        <translation>या संस्थेसाठी प्रशासकाने SMTP Desk ला मंजुरी द्यायला हवी</translation>
    </message>
    <message>
        <source>the account used to sign in does not fit this sign-in</source>
        <translation>साइन इनसाठी वापरलेले खाते या साइन-इनशी जुळत नाही</translation>
    </message>
    <message>
        <source>the app registration is not set up for SMTP Desk</source>
        <translation>ॲप नोंदणी SMTP Desk साठी सेट केलेली नाही</translation>
    </message>
    <message>
        <source>the sign-in was declined, cancelled or not finished in time</source>
        <translation>साइन-इन नाकारले, रद्द केले किंवा वेळेत पूर्ण झाले नाही</translation>
    </message>
    <message>
        <source>the sign-in service could not be reached</source>
        <translation>साइन-इन सेवेशी संपर्क झाला नाही</translation>
    </message>
    <message>
        <source>the sign-in service is having trouble just now</source>
        <translation>साइन-इन सेवेत सध्या अडचण आहे</translation>
    </message>
    <message>
        <source>{service} sign-in: {problem}</source>
        <translation>{service} साइन-इन: {problem}</translation>
    </message>
    <message>
        <source>the {service} sign-in service is having trouble just now</source>
        <translation>{service} साइन-इन सेवेत सध्या अडचण आहे</translation>
    </message>
    <message>
        <source>the {service} sign-in service could not be reached</source>
        <translation>{service} साइन-इन सेवेशी संपर्क झाला नाही</translation>
    </message>
</context>
<context>
    <name>preset_table</name>
    <message>
        <source>your full email address</source>
        <translation>तुमचा पूर्ण ईमेल पत्ता</translation>
    </message>
    <message>
        <source>password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Zoho limits external mail to roughly 50–500 messages an hour, by plan (approximate).</source>
        <translation>Zoho बाहेर जाणारे ईमेल प्लॅननुसार ताशी साधारण 50–500 संदेशांपर्यंत मर्यादित ठेवते (अंदाजे).</translation>
    </message>
    <message>
        <source>Zoho accepts only the account address or one of its aliases as From.</source>
        <translation>Zoho फक्त खात्याचा पत्ता किंवा त्याचा एखादा उपनाम (alias) पत्ताच From म्हणून स्वीकारते.</translation>
    </message>
    <message>
        <source>letters and digits</source>
        <translation>अक्षरे आणि अंक</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>अक्षरे</translation>
    </message>
    <message>
        <source>application-specific password</source>
        <translation>ॲप्लिकेशन-विशिष्ट पासवर्ड</translation>
    </message>
    <message>
        <source>the domain&apos;s SMTP login, e.g. postmaster@mg.yoursociety.in</source>
        <translation>डोमेनचे SMTP लॉगिन, उदा. postmaster@mg.yoursociety.in</translation>
    </message>
    <message>
        <source>SMTP credential password (not the dashboard password)</source>
        <translation>SMTP credential पासवर्ड (डॅशबोर्डचा पासवर्ड नव्हे)</translation>
    </message>
    <message>
        <source>Mailgun&apos;s limit depends on the plan.</source>
        <translation>Mailgun ची मर्यादा प्लॅनवर अवलंबून असते.</translation>
    </message>
    <message>
        <source>16-letter App Password</source>
        <translation>16 अक्षरी App Password</translation>
    </message>
    <message>
        <source>Gmail replaces a From address that is not this account (or one of its verified &apos;Send mail as&apos; addresses) with the account address.</source>
        <translation>From पत्ता हे खाते (किंवा त्याचा एखादा सत्यापित &apos;Send mail as&apos; पत्ता) नसल्यास Gmail तो खात्याच्या पत्त्याने बदलते.</translation>
    </message>
    <message>
        <source>A free Gmail account sends about 500 emails a day.</source>
        <translation>विनामूल्य Gmail खाते दिवसाला सुमारे 500 ईमेल पाठवते.</translation>
    </message>
    <message>
        <source>Gmail accepts only an App Password here, not your normal Gmail password. Turn on 2-Step Verification for the account, then create an App Password (16 letters, shown as four groups of four) and paste it below.</source>
        <translation>येथे Gmail फक्त App Password स्वीकारते, तुमचा नेहमीचा Gmail पासवर्ड नाही. खात्यासाठी 2-Step Verification सुरू करा, मग App Password तयार करा (16 अक्षरे, चार-चार अक्षरांच्या चार गटांत दिसतात) आणि तो खाली पेस्ट करा.</translation>
    </message>
    <message>
        <source>your full Workspace address</source>
        <translation>तुमचा पूर्ण Workspace पत्ता</translation>
    </message>
    <message>
        <source>Google replaces a From address that is not this account (or one of its verified &apos;Send mail as&apos; addresses) with the account address.</source>
        <translation>From पत्ता हे खाते (किंवा त्याचा एखादा सत्यापित &apos;Send mail as&apos; पत्ता) नसल्यास Google तो खात्याच्या पत्त्याने बदलते.</translation>
    </message>
    <message>
        <source>Google Workspace allows 2,000 emails a day (500 during the trial), counted over a rolling 24 hours; going over blocks sending for up to a day.</source>
        <translation>Google Workspace दिवसाला 2,000 ईमेल पाठवू देते (ट्रायलमध्ये 500), मागील 24 तासांत मोजून; मर्यादा ओलांडल्यास एका दिवसापर्यंत पाठवणे बंद होते.</translation>
    </message>
    <message>
        <source>Gmail accepts only an App Password here, not your normal Gmail password. Turn on 2-Step Verification for the account, then create an App Password (16 letters, shown as four groups of four) and paste it below. Your Workspace administrator must allow App Passwords.</source>
        <translation>येथे Gmail फक्त App Password स्वीकारते, तुमचा नेहमीचा Gmail पासवर्ड नाही. खात्यासाठी 2-Step Verification सुरू करा, मग App Password तयार करा (16 अक्षरे, चार-चार अक्षरांच्या चार गटांत दिसतात) आणि तो खाली पेस्ट करा. तुमच्या Workspace प्रशासकाने App Passwords ला परवानगी दिलेली असावी.</translation>
    </message>
    <message>
        <source>the full mailbox address</source>
        <translation>मेलबॉक्सचा पूर्ण पत्ता</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses a From address other than the mailbox unless the mailbox has &apos;Send As&apos; permission for it (554 5.2.0 SendAsDenied).</source>
        <translation>मेलबॉक्सला &apos;Send As&apos; परवानगी नसल्यास Microsoft 365 मेलबॉक्सव्यतिरिक्त दुसरा From पत्ता नाकारते (554 5.2.0 SendAsDenied).</translation>
    </message>
    <message>
        <source>Microsoft 365 allows 30 emails a minute and 10,000 recipients a day; port 587 with STARTTLS only (465 is not offered).</source>
        <translation>Microsoft 365 मिनिटाला 30 ईमेल आणि दिवसाला 10,000 प्राप्तकर्त्यांना परवानगी देते; फक्त पोर्ट 587, STARTTLS सह (465 उपलब्ध नाही).</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (the society&apos;s IT person registers SMTP Desk once in Microsoft Entra) and ask the IT administrator to turn on &apos;Authenticated SMTP&apos; for this mailbox; it is off in new tenants and under Security Defaults.</source>
        <translation>Sign in with Microsoft वापरा (सोसायटीची IT व्यक्ती SMTP Desk ची Microsoft Entra मध्ये एकदा नोंदणी करते) आणि IT प्रशासकाला या मेलबॉक्ससाठी &apos;Authenticated SMTP&apos; सुरू करण्यास सांगा; नवीन tenant मध्ये आणि Security Defaults असताना ते बंद असते.</translation>
    </message>
    <message>
        <source>5,000 recipients a day for Microsoft 365 subscribers; less for free accounts.</source>
        <translation>Microsoft 365 सबस्क्रायबरसाठी दिवसाला 5,000 प्राप्तकर्ते; विनामूल्य खात्यांसाठी कमी.</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail addresses, with Sign in with Microsoft (a personal Microsoft account: tenant &apos;consumers&apos;).</source>
        <translation>Outlook.com आणि Hotmail पत्त्यांसाठी, Sign in with Microsoft सह (वैयक्तिक Microsoft खाते: tenant &apos;consumers&apos;).</translation>
    </message>
    <message>
        <source>Use the full Zoho address as user ID. If two-factor sign-in is on, create an application-specific password (12 letters and digits) in Zoho Accounts &gt; Security and use it here. From must be this account or one of its aliases. Paid organisation accounts use smtppro.zoho.in.</source>
        <translation>User ID म्हणून पूर्ण Zoho पत्ता वापरा. टू-फॅक्टर साइन इन सुरू असल्यास, Zoho Accounts &gt; Security मध्ये ॲप्लिकेशन-विशिष्ट पासवर्ड (12 अक्षरे आणि अंक) तयार करा आणि तो येथे वापरा. From हा हेच खाते किंवा त्याचा एखादा उपनाम (alias) पत्ता असावा. सशुल्क संस्था खाती smtppro.zoho.in वापरतात.</translation>
    </message>
    <message>
        <source>Use the full Zoho address as user ID. If two-factor sign-in is on, create an application-specific password (12 letters and digits) in Zoho Accounts &gt; Security and use it here. From must be this account or one of its aliases. Paid organisation accounts use smtppro.zoho.com.</source>
        <translation>User ID म्हणून पूर्ण Zoho पत्ता वापरा. टू-फॅक्टर साइन इन सुरू असल्यास, Zoho Accounts &gt; Security मध्ये ॲप्लिकेशन-विशिष्ट पासवर्ड (12 अक्षरे आणि अंक) तयार करा आणि तो येथे वापरा. From हा हेच खाते किंवा त्याचा एखादा उपनाम (alias) पत्ता असावा. सशुल्क संस्था खाती smtppro.zoho.com वापरतात.</translation>
    </message>
    <message>
        <source>16-letter app password</source>
        <translation>16 अक्षरी App Password</translation>
    </message>
    <message>
        <source>Yahoo sends only as this account.</source>
        <translation>Yahoo फक्त याच खात्याच्या नावाने पाठवते.</translation>
    </message>
    <message>
        <source>Yahoo does not publish its sending limits.</source>
        <translation>Yahoo आपल्या पाठवण्याच्या मर्यादा जाहीर करत नाही.</translation>
    </message>
    <message>
        <source>Yahoo needs an app password: Account Security &gt; Generate app password (16 letters). Your normal Yahoo password will be refused.</source>
        <translation>Yahoo साठी App Password लागतो: Account Security &gt; Generate app password (16 अक्षरे). तुमचा नेहमीचा Yahoo पासवर्ड नाकारला जाईल.</translation>
    </message>
    <message>
        <source>the SES SMTP user name for this region</source>
        <translation>या region साठीचे SES SMTP वापरकर्ता नाव</translation>
    </message>
    <message>
        <source>SES SMTP password (not the AWS secret key)</source>
        <translation>SES SMTP पासवर्ड (AWS secret key नव्हे)</translation>
    </message>
    <message>
        <source>A new SES account (sandbox) sends 200 emails a day, 1 a second, only to verified addresses; raise these limits here once AWS grants production access.</source>
        <translation>नवीन SES खाते (sandbox) दिवसाला 200 ईमेल, सेकंदाला 1, फक्त सत्यापित पत्त्यांना पाठवते; AWS ने production access दिल्यावर या मर्यादा येथे वाढवा.</translation>
    </message>
    <message>
        <source>Create SMTP credentials in the SES console of the chosen region; they differ per region. The From address or its domain must be verified in SES.</source>
        <translation>निवडलेल्या region च्या SES console मध्ये SMTP credentials तयार करा; ते प्रत्येक region साठी वेगळे असतात. From पत्ता किंवा त्याचे डोमेन SES मध्ये सत्यापित असावे.</translation>
    </message>
    <message>
        <source>SendGrid API key with Mail Send permission</source>
        <translation>Mail Send परवानगी असलेली SendGrid API key</translation>
    </message>
    <message>
        <source>SendGrid&apos;s limit depends on the plan; at most 5,000 messages per connection.</source>
        <translation>SendGrid ची मर्यादा प्लॅनवर अवलंबून असते; एका कनेक्शनमध्ये जास्तीत जास्त 5,000 संदेश.</translation>
    </message>
    <message>
        <source>The user ID is literally the word &apos;apikey&apos;. Paste an API key with &apos;Mail Send&apos; permission as the password. The From address must be a verified sender.</source>
        <translation>User ID म्हणजे अक्षरशः &apos;apikey&apos; हाच शब्द. पासवर्ड म्हणून &apos;Mail Send&apos; परवानगी असलेली API key पेस्ट करा. From पत्ता सत्यापित प्रेषक (verified sender) असावा.</translation>
    </message>
    <message>
        <source>Use the SMTP credentials of your sending domain (Sending &gt; Domain settings).</source>
        <translation>तुमच्या पाठवणाऱ्या डोमेनचे SMTP credentials वापरा (Sending &gt; Domain settings).</translation>
    </message>
    <message>
        <source>For domains created in Mailgun&apos;s EU region. Use the SMTP credentials of your sending domain (Sending &gt; Domain settings).</source>
        <translation>Mailgun च्या EU region मध्ये तयार केलेल्या डोमेनसाठी. तुमच्या पाठवणाऱ्या डोमेनचे SMTP credentials वापरा (Sending &gt; Domain settings).</translation>
    </message>
    <message>
        <source>the SMTP login shown in Brevo&apos;s SMTP &amp; API settings</source>
        <translation>Brevo च्या SMTP &amp; API सेटिंग्जमध्ये दिसणारे SMTP लॉगिन</translation>
    </message>
    <message>
        <source>SMTP key (not the API key)</source>
        <translation>SMTP key (API key नव्हे)</translation>
    </message>
    <message>
        <source>Brevo&apos;s free plan sends 300 emails a day.</source>
        <translation>Brevo चा विनामूल्य प्लॅन दिवसाला 300 ईमेल पाठवतो.</translation>
    </message>
    <message>
        <source>In Brevo open SMTP &amp; API &gt; SMTP, copy the login and generate an SMTP key.</source>
        <translation>Brevo मध्ये SMTP &amp; API &gt; SMTP उघडा, लॉगिन कॉपी करा आणि SMTP key तयार करा.</translation>
    </message>
    <message>
        <source>the server API token</source>
        <translation>सर्व्हर API token</translation>
    </message>
    <message>
        <source>the same server API token</source>
        <translation>तोच सर्व्हर API token</translation>
    </message>
    <message>
        <source>Postmark allows 10 MB per message; volume depends on the plan.</source>
        <translation>Postmark प्रत्येक संदेशासाठी 10 MB पर्यंत परवानगी देते; संदेशांची संख्या प्लॅनवर अवलंबून असते.</translation>
    </message>
    <message>
        <source>Paste the server API token as both user ID and password. Port 465 is not offered.</source>
        <translation>सर्व्हर API token हाच User ID आणि पासवर्ड दोन्ही म्हणून पेस्ट करा. पोर्ट 465 उपलब्ध नाही.</translation>
    </message>
    <message>
        <source>Practice (no real email leaves this PC)</source>
        <translation>सराव (खरा ईमेल या PC बाहेर जात नाही)</translation>
    </message>
    <message>
        <source>password made for this practice session</source>
        <translation>या सराव सत्रासाठी तयार केलेला पासवर्ड</translation>
    </message>
    <message>
        <source>No limits: messages stay in the test inbox on this PC.</source>
        <translation>मर्यादा नाहीत: संदेश या PC वरील चाचणी इनबॉक्समध्येच राहतात.</translation>
    </message>
    <message>
        <source>SMTP Desk&apos;s own mail server: every message is kept in the test inbox (Send &gt; Test Inbox) and nothing leaves this PC. Use it to learn the month-end routine; File &gt; Practice Mode switches between practice and real work.</source>
        <translation>SMTP Desk चा स्वतःचा मेल सर्व्हर: प्रत्येक संदेश चाचणी इनबॉक्समध्ये ठेवला जातो (पाठवा &gt; चाचणी इनबॉक्स) आणि काहीही या PC बाहेर जात नाही. महिनाअखेरचे काम शिकण्यासाठी याचा वापर करा; फाइल &gt; सराव मोड ने सराव आणि खरे काम यांत बदल करता येतो.</translation>
    </message>
    <message>
        <source>Practice only: no member receives anything. It works in practice mode (File &gt; Practice Mode); for real work choose your provider.</source>
        <translation>फक्त सरावासाठी: कोणत्याही सभासदाला काहीही मिळत नाही. हे सराव मोडमध्ये चालते (फाइल &gt; सराव मोड); खऱ्या कामासाठी तुमचा प्रदाता निवडा.</translation>
    </message>
    <message>
        <source>Custom (society&apos;s own server)</source>
        <translation>कस्टम (सोसायटीचा स्वतःचा सर्व्हर)</translation>
    </message>
    <message>
        <source>as given by whoever runs the mail server</source>
        <translation>मेल सर्व्हर चालवणाऱ्यांनी दिल्याप्रमाणे</translation>
    </message>
    <message>
        <source>No limits are assumed; set them if your provider has any.</source>
        <translation>कोणतीही मर्यादा गृहीत धरलेली नाही; तुमच्या प्रदात्याच्या मर्यादा असल्यास त्या भरा.</translation>
    </message>
    <message>
        <source>Enter the server your provider or web host gave you, e.g. mail.yoursociety.in. Port 587 uses STARTTLS and 465 uses SSL/TLS; port 25 is often blocked by internet providers.</source>
        <translation>तुमच्या प्रदात्याने किंवा वेब होस्टने दिलेला सर्व्हर टाका, उदा. mail.yoursociety.in. पोर्ट 587 STARTTLS वापरतो आणि 465 SSL/TLS; पोर्ट 25 अनेकदा इंटरनेट प्रदात्यांकडून बंद केलेला असतो.</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>पूर्वावलोकन तयार करत आहे…</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>पान {number}</translation>
    </message>
    <message>
        <source>{count} page(s).</source>
        <translation>एकूण पाने: {count}.</translation>
    </message>
    <message>
        <source>The preview could not be made: {error}</source>
        <translation>पूर्वावलोकन तयार होऊ शकले नाही: {error}</translation>
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
        <translation>प्रतीक्षेत</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>पाठवत आहे…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>पाठवले</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>अयशस्वी</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>पुन्हा प्रयत्न होईल</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>अपुष्ट</translation>
    </message>
    <message>
        <source>No email — print copy</source>
        <translation>ईमेल नाही — छापील प्रत</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द केले</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>सदनिका</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सभासद</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पत्ता</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>वेळ</translation>
    </message>
    <message>
        <source>Reason / reply</source>
        <translation>कारण / उत्तर</translation>
    </message>
    <message>
        <source>Sent (partly)</source>
        <translation>पाठवले (अंशतः)</translation>
    </message>
    <message>
        <source>Waiting — {why}</source>
        <translation>प्रतीक्षेत — {why}</translation>
    </message>
    <message>
        <source>Will retry at {time}</source>
        <translation>{time} ला पुन्हा प्रयत्न</translation>
    </message>
    <message>
        <source>{members} members · {with_email} with email ({two} with two or more) · {print} print copies</source>
        <translation>{members} सभासद · {with_email} ईमेलसह ({two} दोन किंवा अधिक ईमेलसह) · {print} छापील प्रती</translation>
    </message>
    <message>
        <source>&lt;br&gt;⚠ {count} address(es) belong to more than one member (e.g. {address}); each member still gets their own message.</source>
        <translation>&lt;br&gt;⚠ {count} पत्ते एकापेक्षा जास्त सभासदांचे आहेत (उदा. {address}); तरीही प्रत्येक सभासदाला त्याचा स्वतंत्र संदेश मिळेल.</translation>
    </message>
    <message>
        <source>Delivered, but not to {addresses}: correct it on the Members page.</source>
        <translation>पोहोचले, पण {addresses} वर नाही: “सभासद व कागदपत्रे” पानावर दुरुस्त करा.</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>प्रदात्याने स्वीकारले</translation>
    </message>
    <message>
        <source>Details: {reply}</source>
        <translation>तपशील: {reply}</translation>
    </message>
    <message>
        <source>Not to {address}: {reply}</source>
        <translation>{address} वर नाही: {reply}</translation>
    </message>
</context>
<context>
    <name>register_tables</name>
    <message>
        <source>All members</source>
        <translation>सर्व सभासद</translation>
    </message>
    <message>
        <source>No email — print copy</source>
        <translation>ईमेल नाही — छापील प्रत</translation>
    </message>
    <message>
        <source>Two or more emails</source>
        <translation>दोन किंवा अधिक ईमेल</translation>
    </message>
    <message>
        <source>Address refused by the provider</source>
        <translation>प्रदात्याने नाकारलेला पत्ता</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>सदनिका</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाव</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फोन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दाखवा</translation>
    </message>
    <message>
        <source>no email — print copy</source>
        <translation>ईमेल नाही — छापील प्रत</translation>
    </message>
    <message>
        <source>⚠ the provider refused {addresses}: correct the address (the reply is in History)</source>
        <translation>⚠ प्रदात्याने {addresses} नाकारला: पत्ता दुरुस्त करा (उत्तर “इतिहास” मध्ये आहे)</translation>
    </message>
    <message>
        <source>Bills of period</source>
        <translation>कालावधीची बिले</translation>
    </message>
    <message>
        <source>Bill No</source>
        <translation>बिल क्र.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सभासद</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>शुल्क</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>थकबाकी</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>व्याज</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>एकूण</translation>
    </message>
    <message>
        <source>{count} bills · total payable ₹ {total}</source>
        <translation>{count} बिले · एकूण देय ₹ {total}</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>बॅकअप पुनर्स्थापित करा</translation>
    </message>
    <message>
        <source>A copy of the register (members, bills, receipts, what was sent) is made before each import and each run; the newest {keep} are kept. Choose the one to go back to; the register as it is now is kept as a backup too.</source>
        <translation>प्रत्येक आयातीपूर्वी आणि प्रत्येक पाठवणीपूर्वी नोंदवहीची (सभासद, बिले, पावत्या, काय पाठवले) एक प्रत बनवली जाते; सर्वात नवीन {keep} प्रती ठेवल्या जातात. ज्या प्रतीवर परत जायचे ती निवडा; सध्याची नोंदवहीही बॅकअप म्हणून ठेवली जाते.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>केव्हा बनवला</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>कशापूर्वी</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>बॅकअप, सर्वात नवीन आधी</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>पुनर्स्थापित करा… (&amp;R)</translation>
    </message>
</context>
<context>
    <name>run_lock</name>
    <message>
        <source>the SMTP Desk window (process {pid})</source>
        <translation>SMTP Desk ची विंडो (प्रोसेस {pid})</translation>
    </message>
    <message>
        <source>the command line (smtp-desk send, process {pid})</source>
        <translation>कमांड लाइन (smtp-desk send, प्रोसेस {pid})</translation>
    </message>
    <message>
        <source>{who} has been sending {what} since {since}</source>
        <translation>{who} {since} पासून {what} पाठवत आहे</translation>
    </message>
    <message>
        <source>{who} has been sending since {since}</source>
        <translation>{who} {since} पासून पाठवत आहे</translation>
    </message>
    <message>
        <source>Another sending run is using this data folder. Wait for it to finish, then try again.</source>
        <translation>दुसरी पाठवणी हे डेटा फोल्डर वापरत आहे. ती पूर्ण होईपर्यंत थांबा, मग पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>Another sending run is using this data folder: {holder}. Wait for it to finish (or stop it there), then try again.</source>
        <translation>दुसरी पाठवणी हे डेटा फोल्डर वापरत आहे: {holder}. ती पूर्ण होईपर्यंत थांबा (किंवा तिथे ती थांबवा), मग पुन्हा प्रयत्न करा.</translation>
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
        <translation>पासवर्ड स्टोअर वाचता आले नाही</translation>
    </message>
    <message>
        <source>the password store refused to save it</source>
        <translation>पासवर्ड स्टोअरने तो जतन करण्यास नकार दिला</translation>
    </message>
    <message>
        <source>this computer has no password store that SMTP Desk can use</source>
        <translation>या संगणकावर SMTP Desk वापरू शकेल असे पासवर्ड स्टोअर नाही</translation>
    </message>
    <message>
        <source>Passwords are kept in {store}.</source>
        <translation>पासवर्ड {store} मध्ये ठेवले जातात.</translation>
    </message>
    <message>
        <source>Passwords cannot be saved: {reason}. A password you enter is kept only until SMTP Desk closes, and must be entered again next time.</source>
        <translation>पासवर्ड जतन करता येत नाहीत: {reason}. तुम्ही टाकलेला पासवर्ड फक्त SMTP Desk बंद होईपर्यंत ठेवला जातो, आणि पुढच्या वेळी तो पुन्हा टाकावा लागेल.</translation>
    </message>
</context>
<context>
    <name>send_notice</name>
    <message>
        <source>Help on this pro&amp;blem</source>
        <translation>या अडचणीबद्दल मदत (&amp;B)</translation>
    </message>
    <message>
        <source>What causes it and how to fix it, to read or to send on</source>
        <translation>हे का होते आणि कसे दुरुस्त करावे — वाचण्यासाठी किंवा पुढे पाठवण्यासाठी</translation>
    </message>
    <message>
        <source>Open &amp;Email Credentials</source>
        <translation>ईमेल खाते तपशील उघडा (&amp;E)</translation>
    </message>
    <message>
        <source>Continue automatically when allowed</source>
        <translation>परवानगी मिळताच आपोआप पुढे सुरू ठेवा</translation>
    </message>
    <message>
        <source>Keep SMTP Desk open; it goes on by itself at that time.</source>
        <translation>SMTP Desk उघडे ठेवा; त्या वेळी ते आपोआप पुढे सुरू होईल.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending stopped: {title}.&lt;/b&gt; {cause}&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {action}&lt;br&gt;The {waiting} member(s) not sent yet are waiting; press Start when it is fixed. Nobody will get a second copy.</source>
        <translation>&lt;b&gt;पाठवणे थांबले: {title}.&lt;/b&gt; {cause}&lt;br&gt;&lt;b&gt;काय करावे:&lt;/b&gt; {action}&lt;br&gt;अजून न पाठवलेले {waiting} सभासद प्रतीक्षेत आहेत; दुरुस्ती झाल्यावर “सुरू करा” दाबा. कोणालाही दुसरी प्रत जाणार नाही.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sending stopped: {moved}.&lt;/b&gt; The daily limit is counted by the times in the register, so a wrong clock could send more than the provider allows.&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; check the PC&apos;s date, time and time zone, then press Start. The {waiting} member(s) not sent yet are waiting; nobody will get a second copy.</source>
        <translation>&lt;b&gt;पाठवणे थांबले: {moved}.&lt;/b&gt; दैनिक मर्यादा नोंदवहीतील वेळांवरून मोजली जाते, त्यामुळे चुकीच्या घड्याळामुळे प्रदात्याच्या परवानगीपेक्षा जास्त संदेश जाऊ शकतात.&lt;br&gt;&lt;b&gt;काय करावे:&lt;/b&gt; PC ची तारीख, वेळ आणि टाइम झोन तपासा, मग “सुरू करा” दाबा. अजून न पाठवलेले {waiting} सभासद प्रतीक्षेत आहेत; कोणालाही दुसरी प्रत जाणार नाही.</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} रोजी {time}</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>उद्या</translation>
    </message>
    <message>
        <source> ({first} then, the other {rest} over the day after)</source>
        <translation> (तेव्हा {first}, उरलेले {rest} त्यानंतरच्या दिवशी)</translation>
    </message>
    <message>
        <source> ({first} then, the other {rest} over the {days} days after)</source>
        <translation> (तेव्हा {first}, उरलेले {rest} त्यानंतरच्या {days} दिवसांत)</translation>
    </message>
    <message>
        <source>The provider refused more for now.</source>
        <translation>प्रदात्याने सध्या आणखी संदेश नाकारले.</translation>
    </message>
    <message>
        <source>The provider allows {daily} a day (learned from its reply).</source>
        <translation>प्रदाता दिवसाला {daily} पाठवू देतो (त्याच्या उत्तरावरून समजले).</translation>
    </message>
    <message>
        <source>Your account allows {daily} a day.</source>
        <translation>तुमचे खाते दिवसाला {daily} पाठवू देते.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Daily limit reached.&lt;/b&gt; {later} member(s) wait; they can go from {when}{spread}. {allows} Nobody will get a second copy.</source>
        <translation>&lt;b&gt;दैनिक मर्यादा पूर्ण झाली.&lt;/b&gt; {later} सभासद प्रतीक्षेत आहेत; त्यांना {when} पासून पाठवता येईल{spread}. {allows} कोणालाही दुसरी प्रत जाणार नाही.</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>एक मिनिटापेक्षा कमी वेळ उरला</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>सुमारे {minutes} मिनिटे उरली</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>पाठवले</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>अयशस्वी</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>अपुष्ट</translation>
    </message>
    <message>
        <source>to retry</source>
        <translation>पुन्हा प्रयत्नासाठी</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>प्रतीक्षेत</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>पाठवले जात आहेत</translation>
    </message>
    <message>
        <source>print copies (no email)</source>
        <translation>छापील प्रती (ईमेल नाही)</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>मागे घेतले</translation>
    </message>
    <message>
        <source>Sending stopped: {title}. {counts}.</source>
        <translation>पाठवणे थांबले: {title}. {counts}.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>थांबले</translation>
    </message>
    <message>
        <source>Daily limit reached: {counts}. {plan}</source>
        <translation>दैनिक मर्यादा पूर्ण झाली: {counts}. {plan}</translation>
    </message>
    <message>
        <source>Stopped — daily limit</source>
        <translation>थांबले — दैनिक मर्यादा</translation>
    </message>
    <message>
        <source>Sending stopped: {moved}. {counts}. Check the PC&apos;s date and time, then press Start.</source>
        <translation>पाठवणे थांबले: {moved}. {counts}. PC ची तारीख आणि वेळ तपासा, मग “सुरू करा” दाबा.</translation>
    </message>
    <message>
        <source>Stopped — clock changed</source>
        <translation>थांबले — घड्याळ बदलले</translation>
    </message>
    <message>
        <source>the provider is busy</source>
        <translation>प्रदाता व्यस्त आहे</translation>
    </message>
    <message>
        <source>Sending stopped: {reason}; the provider kept asking to try again later. {counts}. Press Start in a few minutes.</source>
        <translation>पाठवणे थांबले: {reason}; प्रदाता वारंवार थोड्या वेळाने प्रयत्न करायला सांगत राहिला. {counts}. काही मिनिटांनी “सुरू करा” दाबा.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>थांबवले</translation>
    </message>
    <message>
        <source>Paused: {counts}. Press Start to continue.</source>
        <translation>थांबवले: {counts}. पुढे सुरू ठेवण्यासाठी “सुरू करा” दाबा.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द केले</translation>
    </message>
    <message>
        <source>Cancelled: {counts}. Nothing is lost: press Start to continue.</source>
        <translation>रद्द केले: {counts}. काहीही गमावलेले नाही: पुढे सुरू ठेवण्यासाठी “सुरू करा” दाबा.</translation>
    </message>
    <message>
        <source>Run done: {counts}.</source>
        <translation>पाठवणी पूर्ण: {counts}.</translation>
    </message>
    <message>
        <source> {count} member(s) were sent only at some addresses: see the Members page.</source>
        <translation> {count} सभासदांना फक्त काही पत्त्यांवर पाठवले गेले: “सभासद व कागदपत्रे” पान पहा.</translation>
    </message>
    <message>
        <source>Done — {count} need attention</source>
        <translation>पूर्ण — {count} कडे लक्ष द्या</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
</context>
<context>
    <name>send_page</name>
    <message>
        <source>Document kind</source>
        <translation>कागदपत्राचा प्रकार</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>कालावधी</translation>
    </message>
    <message>
        <source>Pre&amp;pare</source>
        <translation>तयार करा (&amp;P)</translation>
    </message>
    <message>
        <source>Also send new or changed documents</source>
        <translation>नवीन किंवा बदललेली कागदपत्रेही पाठवा</translation>
    </message>
    <message>
        <source>Pre&amp;view one…</source>
        <translation>एकाचे पूर्वावलोकन (&amp;V)…</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>सुरू करा (&amp;A)</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>थांबवा (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करा (&amp;C)</translation>
    </message>
    <message>
        <source>Retry fai&amp;led</source>
        <translation>अयशस्वी पुन्हा पाठवा (&amp;L)</translation>
    </message>
    <message>
        <source>Show only problems</source>
        <translation>फक्त अडचणी दाखवा</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Send&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;पाठवा&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>तयार करत आहे…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot send yet:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;अजून पाठवता येत नाही:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>{recipients}&lt;br&gt;Plan: {plan}</source>
        <translation>{recipients}&lt;br&gt;योजना: {plan}</translation>
    </message>
    <message>
        <source>&lt;br&gt;{count} document(s) are new or changed since this run began; tick the box to send them too.</source>
        <translation>&lt;br&gt;ही पाठवणी सुरू झाल्यापासून {count} कागदपत्रे नवीन आहेत किंवा बदलली आहेत; तीही पाठवण्यासाठी चौकटीत खूण करा.</translation>
    </message>
</context>
<context>
    <name>send_run</name>
    <message>
        <source>daily limit</source>
        <translation>दैनिक मर्यादा</translation>
    </message>
    <message>
        <source>Nothing can be sent before {when}: the daily limit is reached. The members wait and nobody gets a second copy.</source>
        <translation>{when} पूर्वी काहीही पाठवता येणार नाही: दैनिक मर्यादा पूर्ण झाली आहे. सभासद प्रतीक्षेत राहतील आणि कोणालाही दुसरी प्रत जाणार नाही.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent in this run.</source>
        <translation>या पाठवणीत पाठवायचे काहीही बाकी नाही.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>सुरू होत आहे…</translation>
    </message>
    <message>
        <source>Pausing after the message being sent…</source>
        <translation>सध्याचा संदेश गेल्यावर थांबवत आहे…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द करत आहे…</translation>
    </message>
    <message>
        <source>{count} problem(s)</source>
        <translation>{count} अडचणी</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>थांबले</translation>
    </message>
</context>
<context>
    <name>send_worker</name>
    <message>
        <source>Sending stopped: {error}</source>
        <translation>पाठवणे थांबले: {error}</translation>
    </message>
    <message>
        <source>Sending did not start: {error}</source>
        <translation>पाठवणे सुरू झाले नाही: {error}</translation>
    </message>
    <message>
        <source>Sending stopped because of an unexpected problem; nothing was lost (the register keeps every member&apos;s state). Press Start to continue; if it happens again, send the log file to whoever supports SMTP Desk.</source>
        <translation>अनपेक्षित अडचणीमुळे पाठवणे थांबले; काहीही गमावलेले नाही (नोंदवहीत प्रत्येक सभासदाची स्थिती जतन आहे). पुढे सुरू ठेवण्यासाठी “सुरू करा” दाबा; पुन्हा असे झाल्यास नोंद (लॉग) फाइल SMTP Desk ला मदत करणाऱ्या व्यक्तीला पाठवा.</translation>
    </message>
</context>
<context>
    <name>sent_check</name>
    <message>
        <source>No message is unconfirmed.</source>
        <translation>कोणताही संदेश अपुष्ट नाही.</translation>
    </message>
    <message>
        <source>Checked the Sent folder ({folder}): {confirmed} confirmed sent, {resend} not there (to be sent again).</source>
        <translation>Sent फोल्डर ({folder}) तपासला: {confirmed} पाठवल्याची खात्री झाली, {resend} तिथे नाहीत (पुन्हा पाठवले जातील).</translation>
    </message>
    <message>
        <source>{count} handed over only just now: check again in a minute.</source>
        <translation>{count} आत्ताच पाठवले गेले: एका मिनिटाने पुन्हा तपासा.</translation>
    </message>
    <message>
        <source>{count} not found, but this mail server keeps no copy of its own, so that does not prove they were not sent: ask those members, then choose Mark as arrived or Send again on the Send page (or smtp-desk resolve ITEM).</source>
        <translation>{count} सापडले नाहीत, पण हा मेल सर्व्हर स्वतःची प्रत ठेवत नाही, त्यामुळे ते पाठवले गेले नाहीत असे सिद्ध होत नाही: त्या सभासदांना विचारा, मग पाठवा पानावर “पोहोचले म्हणून नोंदवा” किंवा “पुन्हा पाठवा” निवडा (किंवा smtp-desk resolve ITEM).</translation>
    </message>
</context>
<context>
    <name>sent_copies</name>
    <message>
        <source>the connection to the mailbox was lost</source>
        <translation>मेलबॉक्सशी असलेला संपर्क तुटला</translation>
    </message>
    <message>
        <source>{count} sent message(s) could not be filed in the Sent folder ({flats}): {reason}. The members did get them; the register records each one.</source>
        <translation>पाठवलेल्या {count} संदेशांची प्रत Sent फोल्डरमध्ये ठेवता आली नाही ({flats}): {reason}. सभासदांना ते संदेश मिळाले आहेत; नोंदवहीत प्रत्येकाची नोंद आहे.</translation>
    </message>
    <message>
        <source>The server refused the archive copy of {count} message(s) ({flats}): {reason}. The members did get them; check the archive address.</source>
        <translation>सर्व्हरने {count} संदेशांची संग्रह प्रत नाकारली ({flats}): {reason}. सभासदांना ते संदेश मिळाले आहेत; संग्रह प्रतीचा पत्ता तपासा.</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> आणि आणखी {more}</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>the archive address cannot be given to this server</source>
        <translation>संग्रह प्रतीचा पत्ता या सर्व्हरला देता येत नाही</translation>
    </message>
    <message>
        <source>signed in as {who}</source>
        <translation>{who} म्हणून साइन इन झाले</translation>
    </message>
    <message>
        <source>{host} is {address}</source>
        <translation>{host} चा पत्ता {address}</translation>
    </message>
    <message>
        <source>port {port} is open</source>
        <translation>पोर्ट {port} खुला आहे</translation>
    </message>
    <message>
        <source>no extensions</source>
        <translation>एकही एक्सटेंशन नाही</translation>
    </message>
    <message>
        <source>; messages up to {size}</source>
        <translation>; {size} पर्यंतचे संदेश</translation>
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
        <translation>{user} — टोकन आणखी {minutes} मिनिटे वैध</translation>
    </message>
</context>
<context>
    <name>signin_fields</name>
    <message>
        <source>organizations (work) · consumers (Outlook.com) · tenant ID or domain</source>
        <translation>organizations (कामाचे) · consumers (Outlook.com) · tenant ID किंवा डोमेन</translation>
    </message>
    <message>
        <source>consumers (Outlook.com) · organizations (work) · tenant ID or domain</source>
        <translation>consumers (Outlook.com) · organizations (कामाचे) · tenant ID किंवा डोमेन</translation>
    </message>
    <message>
        <source>organizations (work accounts) — or consumers for Outlook.com, or your tenant ID/domain (the Directory (tenant) ID on the app&apos;s Overview page, or yoursociety.in). Left empty: organizations, or consumers for Outlook.com.</source>
        <translation>organizations (कामाची खाती) — किंवा Outlook.com साठी consumers, किंवा तुमचा tenant ID/डोमेन (ॲपच्या Overview पानावरील Directory (tenant) ID, किंवा yoursociety.in). रिकामे ठेवल्यास: organizations, किंवा Outlook.com साठी consumers.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>{service} account</source>
        <translation>{service} खाते</translation>
    </message>
    <message>
        <source>{method} (recommended)</source>
        <translation>{method} (शिफारस केलेले)</translation>
    </message>
    <message>
        <source>{method} (not offered for this provider)</source>
        <translation>{method} (या प्रदात्यासाठी उपलब्ध नाही)</translation>
    </message>
    <message>
        <source>App registration (set up once by your IT person)</source>
        <translation>ॲप नोंदणी (तुमचे IT सहाय्यक एकदाच सेट करतात)</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Application (client) ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>टेनंट</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>क्लायंट सीक्रेट</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>साइन-इन ऑथॉरिटी</translation>
    </message>
    <message>
        <source>empty: the service&apos;s usual one (for a private cloud: https://…)</source>
        <translation>रिकामे: सेवेची नेहमीची (खाजगी क्लाउडसाठी: https://…)</translation>
    </message>
    <message>
        <source>Advanced sign-in settings</source>
        <translation>प्रगत साइन-इन सेटिंग्ज</translation>
    </message>
    <message>
        <source>Applicati&amp;on (client) ID</source>
        <translation>Application (client) ID (&amp;O)</translation>
    </message>
    <message>
        <source>T&amp;enant</source>
        <translation>टेनंट (&amp;E)</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>क्लायंट सीक्रेट (&amp;E)</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>ऑथॉरिटी</translation>
    </message>
    <message>
        <source>1b2c3d4e-… (from your IT person)</source>
        <translation>1b2c3d4e-… (तुमच्या IT सहाय्यकाकडून)</translation>
    </message>
    <message>
        <source>empty: the one built into this installation ({client}…)</source>
        <translation>रिकामे: या इन्स्टॉलेशनमधील अंगभूत ({client}…)</translation>
    </message>
    <message>
        <source>Saved — type a new one to replace it</source>
        <translation>जतन केले आहे — बदलण्यासाठी नवीन टाइप करा</translation>
    </message>
    <message>
        <source>from the Google Cloud console (kept in the password store)</source>
        <translation>Google Cloud console मधून (पासवर्ड स्टोअरमध्ये ठेवले जाते)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced ▾</source>
        <translation>प्रगत ▾ (&amp;V)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced ▸</source>
        <translation>प्रगत ▸ (&amp;V)</translation>
    </message>
    <message>
        <source>Copy the steps</source>
        <translation>पायऱ्या कॉपी करा</translation>
    </message>
    <message>
        <source>To paste into an email to your IT person</source>
        <translation>तुमच्या IT सहाय्यकाला ईमेलमध्ये पेस्ट करण्यासाठी</translation>
    </message>
    <message>
        <source>Open the full checklist</source>
        <translation>पूर्ण यादी उघडा</translation>
    </message>
    <message>
        <source>How your IT person sets up Sign in with {service}</source>
        <translation>तुमचे IT सहाय्यक {service} द्वारे साइन इन कसे सेट करतात</translation>
    </message>
    <message>
        <source>Copied — paste it into an email</source>
        <translation>कॉपी केले — ईमेलमध्ये पेस्ट करा</translation>
    </message>
    <message>
        <source>Switch to Sign in with Microsoft</source>
        <translation>Microsoft द्वारे साइन इन वापरा</translation>
    </message>
</context>
<context>
    <name>signin_help</name>
    <message>
        <source>The full checklist: &lt;a href=&quot;{link}&quot;&gt;{file}&lt;/a&gt; (opens in SMTP Desk).</source>
        <translation>पूर्ण यादी: &lt;a href=&quot;{link}&quot;&gt;{file}&lt;/a&gt; (SMTP Desk मध्ये उघडते).</translation>
    </message>
    <message>
        <source>The provider&apos;s own guide (opens the browser)</source>
        <translation>प्रदात्याचे स्वतःचे मार्गदर्शन (ब्राउझर उघडतो)</translation>
    </message>
    <message>
        <source>The full checklist: {file} (SMTP Desk).</source>
        <translation>पूर्ण यादी: {file} (SMTP Desk).</translation>
    </message>
    <message>
        <source>Guide: {url}</source>
        <translation>मार्गदर्शन: {url}</translation>
    </message>
    <message>
        <source>The provider&apos;s own guide: &lt;{url}&gt;</source>
        <translation>प्रदात्याचे स्वतःचे मार्गदर्शन: &lt;{url}&gt;</translation>
    </message>
    <message>
        <source>Your IT person registers SMTP Desk once in Microsoft Entra (entra.microsoft.com &gt; App registrations &gt; New registration), in about ten minutes:</source>
        <translation>तुमचे IT सहाय्यक Microsoft Entra मध्ये (entra.microsoft.com &gt; App registrations &gt; New registration) SMTP Desk ची एकदाच नोंदणी करतात, साधारण दहा मिनिटांत:</translation>
    </message>
    <message>
        <source>Name it SMTP Desk; accounts in this organisation only (for an Outlook.com address: also personal Microsoft accounts).</source>
        <translation>नाव SMTP Desk ठेवा; फक्त या संस्थेतील खाती (Outlook.com पत्त्यासाठी: वैयक्तिक Microsoft खातीही).</translation>
    </message>
    <message>
        <source>Redirect URI: Public client/native (mobile &amp; desktop), http://localhost.</source>
        <translation>Redirect URI: Public client/native (mobile &amp; desktop), http://localhost.</translation>
    </message>
    <message>
        <source>Authentication &gt; Allow public client flows: Yes.</source>
        <translation>Authentication &gt; Allow public client flows: Yes.</translation>
    </message>
    <message>
        <source>API permissions &gt; Add &gt; APIs my organization uses &gt; Office 365 Exchange Online &gt; Delegated &gt; SMTP.Send; then Grant admin consent if users may not consent to apps.</source>
        <translation>API permissions &gt; Add &gt; APIs my organization uses &gt; Office 365 Exchange Online &gt; Delegated &gt; SMTP.Send; वापरकर्त्यांना ॲप्सना संमती देता येत नसेल तर Grant admin consent करा.</translation>
    </message>
    <message>
        <source>Add IMAP.AccessAsUser.All the same way (and grant consent for it too): signing in also lets SMTP Desk read the Sent folder to confirm bills.</source>
        <translation>IMAP.AccessAsUser.All ही परवानगीही याच प्रकारे जोडा (आणि तिलाही संमती द्या): साइन इन केल्याने SMTP Desk ला बिलांची खात्री करण्यासाठी Sent फोल्डरही वाचता येतो.</translation>
    </message>
    <message>
        <source>Copy the Application (client) ID from the app&apos;s Overview page into the field here (and, if you like, the Directory (tenant) ID or the society&apos;s domain into Tenant).</source>
        <translation>ॲपच्या Overview पानावरील Application (client) ID इथल्या फील्डमध्ये कॉपी करा (आणि हवे असल्यास Directory (tenant) ID किंवा सोसायटीचे डोमेन टेनंटमध्ये).</translation>
    </message>
    <message>
        <source>The mailbox must also allow programs to send: Authenticated SMTP turned on for it (Microsoft 365 admin centre &gt; Users &gt; the mailbox &gt; Mail &gt; Manage email apps).</source>
        <translation>मेलबॉक्सने प्रोग्रामना पाठवू द्यायलाही हवे: त्यासाठी Authenticated SMTP सुरू असावे (Microsoft 365 admin centre &gt; Users &gt; तो मेलबॉक्स &gt; Mail &gt; Manage email apps).</translation>
    </message>
    <message>
        <source>Your IT person creates an OAuth client once in the Google Cloud console (console.cloud.google.com &gt; APIs &amp; Services):</source>
        <translation>तुमचे IT सहाय्यक Google Cloud console मध्ये (console.cloud.google.com &gt; APIs &amp; Services) एकदाच OAuth client तयार करतात:</translation>
    </message>
    <message>
        <source>OAuth consent screen: an Internal app (Google Workspace) with the scope https://mail.google.com/; publish it (an app left in Testing signs out after 7 days).</source>
        <translation>OAuth consent screen: https://mail.google.com/ या scope सह Internal app (Google Workspace); ते publish करा (Testing मध्ये राहिलेले ॲप 7 दिवसांनी साइन आउट होते).</translation>
    </message>
    <message>
        <source>Credentials &gt; Create credentials &gt; OAuth client ID &gt; Desktop app.</source>
        <translation>Credentials &gt; Create credentials &gt; OAuth client ID &gt; Desktop app.</translation>
    </message>
    <message>
        <source>Copy the Client ID and the Client secret into the fields here. The secret is kept in the computer&apos;s password store, never in the settings file.</source>
        <translation>Client ID आणि Client secret इथल्या फील्डमध्ये कॉपी करा. सीक्रेट संगणकाच्या पासवर्ड स्टोअरमध्ये ठेवले जाते, सेटिंग्ज फाइलमध्ये कधीही नाही.</translation>
    </message>
    <message>
        <source>Google offers no sign-in code for mail: the browser opens on this computer.</source>
        <translation>मेलसाठी Google साइन-इन कोड देत नाही: ब्राउझर याच संगणकावर उघडतो.</translation>
    </message>
    <message>
        <source>Sign in with {service}: what your IT person does once</source>
        <translation>{service} द्वारे साइन इन: तुमचे IT सहाय्यक एकदाच काय करतात</translation>
    </message>
    <message>
        <source>Sign-in checklist for your IT person</source>
        <translation>तुमच्या IT सहाय्यकासाठी साइन-इन यादी</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>कॉपी करा (&amp;P)</translation>
    </message>
    <message>
        <source>To paste into an email to your IT person</source>
        <translation>तुमच्या IT सहाय्यकाला ईमेलमध्ये पेस्ट करण्यासाठी</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>कॉपी केले ✓</translation>
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
        <translation>त्याऐवजी कोड वापरा</translation>
    </message>
    <message>
        <source>Sign in on any phone or computer with a short code</source>
        <translation>छोट्या कोडने कोणत्याही फोन किंवा संगणकावर साइन इन करा</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>साइन आउट</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>Sign in with {service}</source>
        <translation>{service} द्वारे साइन इन</translation>
    </message>
    <message>
        <source>Sign in &amp;with {service}</source>
        <translation>{service} द्वारे साइन इन करा (&amp;W)</translation>
    </message>
    <message>
        <source>Sign out of {service} for {user}? SMTP Desk will not be able to send until someone signs in again.</source>
        <translation>{user} साठी {service} मधून साइन आउट करायचे? कोणी पुन्हा साइन इन करेपर्यंत SMTP Desk ला पाठवता येणार नाही.</translation>
    </message>
    <message>
        <source>Signed out. Sign in again before sending.</source>
        <translation>साइन आउट झाले. पाठवण्यापूर्वी पुन्हा साइन इन करा.</translation>
    </message>
    <message>
        <source>Signed out of {service}.</source>
        <translation>{service} मधून साइन आउट झाले.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>साइन-इन रद्द केले.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; {action}</source>
        <translation>&lt;b&gt;काय करावे:&lt;/b&gt; {action}</translation>
    </message>
    <message>
        <source>No browser, or it did not work? Click &lt;b&gt;Use a code instead&lt;/b&gt;.</source>
        <translation>ब्राउझर नाही, किंवा चालला नाही? &lt;b&gt;त्याऐवजी कोड वापरा&lt;/b&gt; वर क्लिक करा.</translation>
    </message>
    <message>
        <source>Waiting for the code to be entered…</source>
        <translation>कोड टाकला जाण्याची प्रतीक्षा…</translation>
    </message>
    <message>
        <source>This sign-in asks only to send: your organisation has not approved SMTP Desk reading the mailbox.</source>
        <translation>हे साइन-इन फक्त पाठवण्याची परवानगी मागते: तुमच्या संस्थेने SMTP Desk ला मेलबॉक्स वाचण्याची मंजुरी दिलेली नाही.</translation>
    </message>
    <message>
        <source>Waiting for the browser: sign in there as {user} ({time})</source>
        <translation>ब्राउझरची प्रतीक्षा: तिथे {user} म्हणून साइन इन करा ({time})</translation>
    </message>
    <message>
        <source>No browser window? Click Use a code instead.</source>
        <translation>ब्राउझर विंडो दिसत नाही? &apos;त्याऐवजी कोड वापरा&apos; वर क्लिक करा.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot sign in yet:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;अजून साइन इन करता येत नाही:&lt;/b&gt; {why}</translation>
    </message>
</context>
<context>
    <name>signin_work</name>
    <message>
        <source>&lt;b&gt;Still signed in as {who}&lt;/b&gt; with {service} (from before): SMTP Desk keeps using that sign-in. The new sign-in did not work (see below).</source>
        <translation>&lt;b&gt;{who} म्हणून अजूनही साइन इन&lt;/b&gt; ({service}, आधीचे): SMTP Desk तेच साइन-इन वापरत राहील. नवीन साइन-इन चालले नाही (खाली पाहा).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signed in as {who}&lt;/b&gt; with {service}.</source>
        <translation>&lt;b&gt;{who} म्हणून साइन इन&lt;/b&gt; ({service}).</translation>
    </message>
    <message>
        <source>SMTP Desk renews the sign-in by itself.</source>
        <translation>SMTP Desk साइन-इन आपोआप नूतनीकरण करते.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not signed in.&lt;/b&gt; Sign in once with the society&apos;s mailbox; the sign-in is kept in this computer&apos;s password store. (The settings are saved first.)</source>
        <translation>&lt;b&gt;साइन इन केलेले नाही.&lt;/b&gt; सोसायटीच्या मेलबॉक्सने एकदा साइन इन करा; साइन-इन या संगणकाच्या पासवर्ड स्टोअरमध्ये ठेवले जाते. (आधी सेटिंग्ज जतन होतात.)</translation>
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
        <translation>ज्यात लिहिण्याची परवानगी आहे असा फोल्डर निवडा, उदा. Documents मधील एखादा.</translation>
    </message>
    <message>
        <source>Recent &amp;Societies</source>
        <translation>अलीकडील सोसायट्या (&amp;S)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(अजून एकही नाही)</translation>
    </message>
    <message>
        <source>{society} (not found)</source>
        <translation>{society} (सापडली नाही)</translation>
    </message>
    <message>
        <source>Open Society — choose its folder, or make a new one</source>
        <translation>सोसायटी उघडा — तिचा फोल्डर निवडा किंवा नवीन बनवा</translation>
    </message>
    <message>
        <source>{folder} is not a society&apos;s folder yet, and it holds other files.</source>
        <translation>{folder} हा अजून सोसायटीचा फोल्डर नाही, आणि त्यात इतर फाइल्स आहेत.</translation>
    </message>
    <message>
        <source>SMTP Desk keeps each society&apos;s settings, members and register in a folder of its own. Keep this society&apos;s files here anyway? (An empty new folder is tidier.)</source>
        <translation>SMTP Desk प्रत्येक सोसायटीची सेटिंग्ज, सभासद आणि नोंदवही तिच्या स्वतःच्या फोल्डरमध्ये ठेवते. तरीही या सोसायटीच्या फाइल्स येथे ठेवायच्या? (रिकामा नवीन फोल्डर अधिक नीटनेटका राहतो.)</translation>
    </message>
    <message>
        <source>&amp;Use this folder</source>
        <translation>हा फोल्डर वापरा (&amp;U)</translation>
    </message>
    <message>
        <source>{folder} cannot be used for a society ({reason}).</source>
        <translation>{folder} सोसायटीसाठी वापरता येत नाही ({reason}).</translation>
    </message>
    <message>
        <source>Another society cannot be opened while this one is sending.</source>
        <translation>ही सोसायटी ईमेल पाठवत असताना दुसरी सोसायटी उघडता येत नाही.</translation>
    </message>
    <message>
        <source>Pause the run first (Send &gt; Pause): it goes on where it stopped when this society is opened again.</source>
        <translation>आधी पाठवणी थांबवा (पाठवा &gt; थांबवा): ही सोसायटी पुन्हा उघडल्यावर ती जिथे थांबली तिथून पुढे सुरू होते.</translation>
    </message>
    <message>
        <source>Another society cannot be opened while sending is being prepared.</source>
        <translation>पाठवणीची तयारी चालू असताना दुसरी सोसायटी उघडता येत नाही.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>थोड्या वेळाने पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>Another society cannot be opened while an import is under way.</source>
        <translation>आयात चालू असताना दुसरी सोसायटी उघडता येत नाही.</translation>
    </message>
    <message>
        <source>Open it when the import has finished.</source>
        <translation>आयात पूर्ण झाल्यावर ती उघडा.</translation>
    </message>
</context>
<context>
    <name>society</name>
    <message>
        <source>society name</source>
        <translation>सोसायटीचे नाव</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>नोंदणी क्रमांक</translation>
    </message>
    <message>
        <source>address</source>
        <translation>पत्ता</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>फोन</translation>
    </message>
    <message>
        <source>bank name</source>
        <translation>बँकेचे नाव</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>खात्याचे नाव</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>खाते क्रमांक</translation>
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
        <translation>चलन</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>लोकेल</translation>
    </message>
    <message>
        <source>Society name</source>
        <translation>सोसायटीचे नाव</translation>
    </message>
    <message>
        <source>Registration No.</source>
        <translation>नोंदणी क्र.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पत्ता</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फोन</translation>
    </message>
    <message>
        <source>Bank and branch</source>
        <translation>बँक व शाखा</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>खात्याचे नाव</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>खाते क्रमांक</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>लोगो</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>चलन</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>लोकेल</translation>
    </message>
    <message>
        <source>The {field} contains an invisible control character.</source>
        <translation>{field}: यात एक न दिसणारे नियंत्रण अक्षर (control character) आहे.</translation>
    </message>
    <message>
        <source>Enter the society&apos;s name as registered.</source>
        <translation>नोंदणीकृत असल्याप्रमाणे सोसायटीचे नाव भरा.</translation>
    </message>
    <message>
        <source>Keep the society&apos;s name under 120 characters.</source>
        <translation>सोसायटीचे नाव 120 अक्षरांपेक्षा कमी ठेवा.</translation>
    </message>
    <message>
        <source>Bills usually show the registration number.</source>
        <translation>बिलांवर सहसा नोंदणी क्रमांक दाखवला जातो.</translation>
    </message>
    <message>
        <source>Enter the society&apos;s address; it heads every bill.</source>
        <translation>सोसायटीचा पत्ता भरा; तो प्रत्येक बिलाच्या शीर्षस्थानी असतो.</translation>
    </message>
    <message>
        <source>This email address is not valid: {reason}</source>
        <translation>हा ईमेल पत्ता वैध नाही: {reason}</translation>
    </message>
    <message>
        <source>Enter the phone number with digits, e.g. +91 20 2567 8901.</source>
        <translation>फोन नंबर अंकांमध्ये भरा, उदा. +91 20 2567 8901.</translation>
    </message>
    <message>
        <source>An IFSC has 11 characters: 4 letters, a zero, then 6 letters or digits (e.g. HDFC0001234).</source>
        <translation>IFSC मध्ये 11 अक्षरे असतात: 4 अक्षरे, एक शून्य, मग 6 अक्षरे किंवा अंक (उदा. HDFC0001234).</translation>
    </message>
    <message>
        <source>A bank account number has 9 to 18 digits.</source>
        <translation>बँक खाते क्रमांकात 9 ते 18 अंक असतात.</translation>
    </message>
    <message>
        <source>Members need all of bank, account name, number and IFSC to pay.</source>
        <translation>पैसे भरण्यासाठी सभासदांना बँक, खात्याचे नाव, क्रमांक आणि IFSC हे सर्व लागतात.</translation>
    </message>
    <message>
        <source>A UPI ID looks like name@bank, e.g. crystalheights@okhdfcbank.</source>
        <translation>UPI ID name@bank अशा स्वरूपात असतो, उदा. crystalheights@okhdfcbank.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as INR.</source>
        <translation>INR सारखा तीन अक्षरी चलन कोड वापरा.</translation>
    </message>
    <message>
        <source>Use a locale such as en_IN.</source>
        <translation>en_IN सारखे लोकेल वापरा.</translation>
    </message>
    <message>
        <source>UPI payments are in rupees only; the QR code is left out.</source>
        <translation>UPI पेमेंट फक्त रुपयांत होते; QR कोड वगळला जाईल.</translation>
    </message>
    <message>
        <source>The logo {file} cannot be read ({reason}).</source>
        <translation>लोगो {file} वाचता येत नाही ({reason}).</translation>
    </message>
    <message>
        <source>The logo {file} is not a PNG or JPEG picture.</source>
        <translation>लोगो {file} हे PNG किंवा JPEG चित्र नाही.</translation>
    </message>
    <message>
        <source>The logo {file} is damaged and cannot be opened.</source>
        <translation>लोगो {file} खराब झाला आहे आणि उघडता येत नाही.</translation>
    </message>
</context>
<context>
    <name>society_page</name>
    <message>
        <source>Society na&amp;me</source>
        <translation>सोसायटीचे नाव (&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;gistration No.</source>
        <translation>नोंदणी क्र. (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>पत्ता (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>ईमेल (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>फोन (&amp;P)</translation>
    </message>
    <message>
        <source>Ban&amp;k and branch</source>
        <translation>बँक व शाखा (&amp;K)</translation>
    </message>
    <message>
        <source>A&amp;ccount name</source>
        <translation>खात्याचे नाव (&amp;C)</translation>
    </message>
    <message>
        <source>Acco&amp;unt number</source>
        <translation>खाते क्रमांक (&amp;U)</translation>
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
        <translation>चलन (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Locale</source>
        <translation>लोकेल (&amp;L)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>लोगो नाही</translation>
    </message>
    <message>
        <source>Choose l&amp;ogo…</source>
        <translation>लोगो निवडा… (&amp;O)</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>लोगो काढा</translation>
    </message>
    <message>
        <source>Preview &amp;bill</source>
        <translation>बिलाचे पूर्वावलोकन (&amp;B)</translation>
    </message>
    <message>
        <source>Preview &amp;receipt</source>
        <translation>पावतीचे पूर्वावलोकन (&amp;R)</translation>
    </message>
    <message>
        <source>Preview s&amp;tatement</source>
        <translation>खातेउताऱ्याचे पूर्वावलोकन (&amp;T)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>पूर्ववत करा</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>जतन करा</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Society Profile&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;सोसायटी प्रोफाइल&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Heads every bill, receipt and statement; bank and UPI details tell members how to pay.</source>
        <translation>प्रत्येक बिल, पावती आणि खातेउताऱ्याच्या शीर्षस्थानी येते; बँक आणि UPI तपशिलांवरून सभासदांना पैसे कसे भरायचे ते कळते.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>जतन झाले नाही: {problem}</translation>
    </message>
    <message>
        <source>Society profile saved.</source>
        <translation>सोसायटी प्रोफाइल जतन झाले.</translation>
    </message>
    <message>
        <source>{document} — preview</source>
        <translation>{document} — पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Choose the society&apos;s logo</source>
        <translation>सोसायटीचा लोगो निवडा</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>चित्रे (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Find the server</source>
        <translation>सर्व्हर शोधणे</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>कनेक्ट करणे</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>सुरक्षित कनेक्शन</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>सर्व्हरचे अभिवादन</translation>
    </message>
    <message>
        <source>Introduce (EHLO)</source>
        <translation>ओळख करून देणे (EHLO)</translation>
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
        <translation>नमुना खातेउतारा पाठवणे</translation>
    </message>
    <message>
        <source>Close (QUIT)</source>
        <translation>बंद करणे (QUIT)</translation>
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
        <translation>नोंदवही {path} खराब झाली आहे आणि वापरता येत नाही ({problems}).</translation>
    </message>
</context>
<context>
    <name>store_errors</name>
    <message>
        <source>Restore the latest backup: File &gt; Restore a backup… in the window, or &apos;smtp-desk backups restore --latest&apos;.</source>
        <translation>सर्वात नवीन बॅकअप परत आणा: विंडोमध्ये फाइल &gt; बॅकअप परत आणा…, किंवा &apos;smtp-desk backups restore --latest&apos;.</translation>
    </message>
    <message>
        <source>The disk is full: free some space on the drive of {where}, then try again; nothing was lost.</source>
        <translation>डिस्क भरली आहे: {where} च्या ड्राइव्हवर थोडी जागा मोकळी करा, मग पुन्हा प्रयत्न करा; काहीही हरवले नाही.</translation>
    </message>
    <message>
        <source>Another program is using the register {path} (another SMTP Desk window or command, a backup or sync program) and kept it busy. Wait until it has finished, or close it, then try again; nothing was changed.</source>
        <translation>दुसरा प्रोग्राम नोंदवही {path} वापरत आहे (SMTP Desk ची दुसरी विंडो किंवा कमांड, बॅकअप किंवा सिंक प्रोग्राम) आणि त्याने ती अडवून ठेवली. तो पूर्ण होईपर्यंत थांबा, किंवा तो बंद करा, मग पुन्हा प्रयत्न करा; काहीही बदलले नाही.</translation>
    </message>
    <message>
        <source>The register {path} could not be read or written ({error}): the drive it is on had a problem (a USB stick or network drive that went away, a failing disk). Check the drive, then try again; if it keeps happening, {restore}</source>
        <translation>नोंदवही {path} वाचता किंवा लिहिता आली नाही ({error}): ती ज्या ड्राइव्हवर आहे तिच्यात अडचण आली (काढलेली USB स्टिक किंवा तुटलेली नेटवर्क ड्राइव्ह, बिघडत चाललेली डिस्क). ड्राइव्ह तपासा, मग पुन्हा प्रयत्न करा; असे वारंवार होत असल्यास, {restore}</translation>
    </message>
    <message>
        <source>The register {path} is damaged and cannot be opened ({error}).</source>
        <translation>नोंदवही {path} खराब झाली आहे आणि उघडता येत नाही ({error}).</translation>
    </message>
    <message>
        <source>The register {path} is damaged and cannot be used ({error}).</source>
        <translation>नोंदवही {path} खराब झाली आहे आणि वापरता येत नाही ({error}).</translation>
    </message>
    <message>
        <source>The register {path} could not be opened ({error}). Try again; if it keeps happening, {restore}</source>
        <translation>नोंदवही {path} उघडता आली नाही ({error}). पुन्हा प्रयत्न करा; असे वारंवार होत असल्यास, {restore}</translation>
    </message>
    <message>
        <source>The register {path} could not be used ({error}). Try again; if it keeps happening, {restore}</source>
        <translation>नोंदवही {path} वापरता आली नाही ({error}). पुन्हा प्रयत्न करा; असे वारंवार होत असल्यास, {restore}</translation>
    </message>
    <message>
        <source>The register {path} cannot be written: the file or its folder is read-only, or belongs to another user. Allow changes to the folder (or choose another data folder with SMTP_DESK_HOME), then try again; nothing was changed.</source>
        <translation>नोंदवही {path} मध्ये लिहिता येत नाही: फाइल किंवा तिचे फोल्डर फक्त वाचण्यासाठी (read-only) आहे, किंवा दुसऱ्या वापरकर्त्याचे आहे. फोल्डरमध्ये बदल करण्याची परवानगी द्या (किंवा SMTP_DESK_HOME ने दुसरे डेटा फोल्डर निवडा), मग पुन्हा प्रयत्न करा; काहीही बदलले नाही.</translation>
    </message>
</context>
<context>
    <name>test_inbox</name>
    <message>
        <source>Test inbox — practice (nothing here left this PC)</source>
        <translation>चाचणी इनबॉक्स — सराव (येथील काहीही या PC बाहेर गेलेले नाही)</translation>
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
        <translation>मिळाले</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Open the &amp;PDF</source>
        <translation>PDF उघडा (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Empty test inbox</source>
        <translation>चाचणी इनबॉक्स रिकामा करा (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रिफ्रेश करा (&amp;R)</translation>
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
        <translation>{protocol}, {issuer} कडून {subject} साठी प्रमाणपत्र</translation>
    </message>
    <message>
        <source>, valid until {date}</source>
        <translation>, {date} पर्यंत वैध</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expires in {days} day(s); tell the provider if it is your own server.</source>
        <translation>सर्व्हरच्या प्रमाणपत्राची मुदत {days} दिवसांत संपते; हा तुमचा स्वतःचा सर्व्हर असल्यास प्रदात्याला कळवा.</translation>
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
SMTP Desk सोसायटीच्या मेलबॉक्समध्ये **ईमेल खाते तपशील** मध्ये जतन केलेल्या पासवर्डने साइन इन
करते. प्रदाता *User ID किंवा पासवर्ड स्वीकारला नाही* असे सांगतो, तेव्हा बहुधा पासवर्ड जतन
केल्यानंतर बदललेला असतो:

- कोणीतरी तो फोनवर, वेबमेलमध्ये किंवा प्रदात्याच्या सांगण्यावरून बदलला;
- संस्था ठरावीक काळाने (उदा. दर 90 दिवसांनी) पासवर्डची **मुदत संपवते** आणि ती नुकतीच संपली;
- दोन-टप्पी साइन इन असलेल्या Gmail, Yahoo आणि Zoho साठी जतन केलेला पासवर्ड App Password
  असतो आणि तो **रद्द** झाला (खात्याचा पासवर्ड बदलला की Google सर्व App Passwords रद्द करते).

**काय करावे**

1. त्याच पत्त्याने आणि पासवर्डने ब्राउझरमध्ये मेलबॉक्सच्या वेबमेलमध्ये साइन इन करा. तेही
   जमले नाही, तर पासवर्ड चुकीचा आहे किंवा त्याची मुदत संपली आहे: आधी तिथे तो बदला किंवा रीसेट करा.
2. **ईमेल खाते तपशील** उघडा, पासवर्ड पुन्हा टाइप करा, **जतन करा** दाबा, मग **चाचणी**.
3. User ID हा **पूर्ण पत्ता** असतो (`billing@yoursociety.in`), फक्त नाव नाही.
4. वेबमेल चालते पण SMTP Desk ला नकार मिळतो? प्रदात्याला App Password
   ([App Password](#app-password)) किंवा Microsoft ने साइन इन ([Microsoft](#microsoft)) हवे आहे.

*पासवर्ड जतन केलेला नाही* याचा अर्थ या संगणकाच्या पासवर्ड स्टोअरमध्ये (Windows Credential Manager)
या खात्यासाठी पासवर्ड नाही: तो कधी जतन झालाच नाही, किंवा Windows पुन्हा इन्स्टॉल झाले, किंवा
दुसरा Windows वापरकर्ता साइन इन आहे. ईमेल खाते तपशील मध्ये तो पुन्हा टाइप करा आणि जतन करा दाबा.
SMTP Desk पासवर्ड कधीही फाइलमध्ये किंवा नोंदीत (लॉग) लिहीत नाही.
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
Gmail, Yahoo आणि Zoho (दोन-टप्पी साइन इन असताना) प्रोग्रामना खात्याचा नेहमीचा पासवर्ड वापरू
देत नाहीत. त्यांना **App Password** हवा असतो: एका प्रोग्रामसाठी बनवलेला वेगळा 16 अक्षरी
पासवर्ड, जो खरा पासवर्ड न बदलता रद्द करता येतो.

**Gmail आणि Google Workspace**

1. **2-Step Verification** चालू करा: &lt;https://myaccount.google.com/security&gt;.
2. &lt;https://myaccount.google.com/apppasswords&gt; उघडा, नाव `SMTP Desk` द्या, Create दाबा.
3. ती 16 अक्षरे (`abcd efgh ijkl mnop` अशी दिसतात; मधल्या जागांना महत्त्व नाही) कॉपी करून
   **ईमेल खाते तपशील &gt; पासवर्ड** मध्ये टाका, **जतन करा** दाबा, मग **चाचणी**.

Workspace साठी प्रशासकाने 2-Step Verification ला परवानगी दिली पाहिजे. फक्त security keys किंवा
Advanced Protection असलेल्या खात्यांना App Passwords मिळत नाहीत: Google ने साइन इन वापरा.

**Yahoo**: Account Info &gt; **Account Security** &gt; *Generate app password*.

**Zoho**: &lt;https://accounts.zoho.in&gt; &gt; **Security** &gt; *App Passwords* &gt; *Generate New
Password* (भारताबाहेर accounts.zoho.com).

नंतर खात्याचा खरा पासवर्ड बदलला की App Password रद्द होतो: नवीन बनवा.
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
Microsoft प्रोग्रामकडून पासवर्ड स्वीकारणे बंद करत आहे: Outlook.com आणि Hotmail ने ते आधीच
केले (सप्टेंबर 2024); Microsoft 365 मध्ये डिसेंबर 2026 च्या शेवटापासून ते आपोआप बंद होईल,
आणि नवीन संस्थांमध्ये किंवा *Security Defaults* असलेल्या संस्थांमध्ये ते आधीच बंद आहे. तेव्हा
SMTP Desk **Microsoft ने साइन इन करते**: एखादी व्यक्ती एकदा ब्राउझरमध्ये साइन इन करते, आणि
SMTP Desk ते साइन इन स्वतः जपून ठेवते आणि नूतनीकरण करते.

- **पुन्हा साइन इन करा**: मेलबॉक्सचा पासवर्ड बदलल्यावर, 90 दिवस काहीही न पाठवल्यावर, किंवा
  IT व्यक्तीने ते काढून घेतल्यावर साइन इन संपते. ईमेल खाते तपशील मध्ये *साइन इन* वर क्लिक करा.
- **प्रशासकाने SMTP Desk ला मंजुरी द्यावी लागेल**: IT व्यक्ती अ‍ॅपच्या `SMTP.Send` परवानगीसाठी
  admin consent देते (Entra admin centre &gt; App registrations &gt; API permissions).
- **या मेलबॉक्ससाठी Authenticated SMTP बंद आहे** (5.7.139): साइन इन केल्यावरही मेलबॉक्सने
  त्याला परवानगी दिली पाहिजे. Microsoft 365 admin centre &gt; Users &gt; तो मेलबॉक्स &gt; Mail &gt; *Manage
  email apps* &gt; **Authenticated SMTP** वर खूण करा, किंवा PowerShell मध्ये
  `Set-CASMailbox -Identity billing@yoursociety.in -SmtpClientAuthenticationDisabled $false`.
  मेल सर्व्हरपर्यंत हा बदल पोहोचायला एक तास लागू शकतो.
- **App registration नाही**: सोसायटी SMTP Desk ची Microsoft Entra मध्ये एकदा नोंदणी करते
  (सुमारे दहा मिनिटे). टप्पे तुमच्या IT व्यक्तीसाठीच्या तपासणी-यादीत आहेत:
  [microsoft-365-sign-in.md](docs/microsoft-365-sign-in.md).
- **दुसरे खाते वापरले गेले**: User ID मध्ये दाखवलेल्या मेलबॉक्सनेच साइन इन करा.

Gmail आणि Workspace साठी **Google ने साइन इन** याच प्रकारे चालते, IT व्यक्तीने Google Cloud
console मध्ये बनवलेल्या OAuth client सह (ईमेल खाते तपशील मध्ये टप्पे दाखवले आहेत).
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
**पोर्ट** आणि **सुरक्षा** एकत्रच जुळल्या पाहिजेत; त्या जुळल्या नाहीत तर सर्व्हर कनेक्शन तोडतो
किंवा उत्तरच देत नाही असे दिसते:

| पोर्ट | सुरक्षा | कोण वापरते |
|---|---|---|
| 587 | STARTTLS | जवळजवळ प्रत्येक प्रदाता; Microsoft 365 साठी हाच एकमेव |
| 465 | SSL/TLS | Gmail, Yahoo, Zoho आणि बहुतेक होस्टिंग कंपन्या |
| 25 | — | सर्व्हर आपापसांत; बहुतेक इंटरनेट प्रदात्यांकडून बंद केलेला |

**ईमेल खाते तपशील** मध्ये प्रदाता निवडा, SMTP Desk दोन्ही भरते; **चाचणी** इतर जोड्या वापरून
पाहते आणि जी चालते ती सुचवते (*ही सेटिंग्ज वापरा*).

*सर्व्हर एन्क्रिप्शन देत नाही* किंवा *साइन इन देत नाही*: होस्ट किंवा पोर्ट हा प्रदात्याचा
submission सर्व्हर नाही. Microsoft साठी [Microsoft](#microsoft) पाहा.
मेल स्कॅन करणारा अँटीव्हायरसही सुरक्षित कनेक्शन बिघडवू शकतो: पाहा
[फायरवॉल](#firewall).
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
सर्व्हर **कनेक्शन नाकारतो** किंवा **वेळेत उत्तर देत नाही**, तेव्हा हा संगणक आणि प्रदाता यांच्या
मध्ये काहीतरी मेल अडवत असते:

- जवळजवळ प्रत्येक इंटरनेट प्रदाता (Jio, Airtel, BSNL …) **पोर्ट 25 बंद ठेवतो**. STARTTLS सह
  587 किंवा SSL/TLS सह 465 वापरा.
- &quot;email protection&quot; किंवा &quot;scan outgoing mail&quot; असलेला **अँटीव्हायरस** (Quick Heal, Kaspersky,
  ESET, Avast …) आड येतो: SMTP Desk ला परवानगी द्या, किंवा बाहेर जाणाऱ्या मेलचे स्कॅनिंग बंद करा.
- **ऑफिसच्या नेटवर्कचा फायरवॉल** फक्त वेब पेजेसना परवानगी देतो: तो सांभाळणाऱ्या व्यक्तीला
  प्रदात्याच्या SMTP होस्टकडे पोर्ट 587 आणि 465 वर बाहेर जाणारी कनेक्शन्स खुली करायला सांगा.

**IT व्यक्तीसाठी**: PowerShell मध्ये `Test-NetConnection smtp.gmail.com -Port 587` ने
`TcpTestSucceeded : True` दाखवले पाहिजे. झटपट तपासणी: PC फोनच्या हॉटस्पॉटला जोडा आणि पुन्हा
चाचणी दाबा; तिथे चालले, तर ऑफिसचे नेटवर्क ते अडवत आहे.
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
*मेल सर्व्हरचे नाव सापडले नाही* याचा अर्थ हा संगणक SMTP होस्ट शोधू शकला नाही: इंटरनेट नाही,
किंवा होस्टचे स्पेलिंग चुकले आहे.

1. कोणतीही वेबसाइट उघडा. एकही उघडत नसेल, तर इंटरनेट कनेक्शन दुरुस्त करा (केबल, Wi-Fi, राउटर).
2. **ईमेल खाते तपशील** मधील होस्ट अक्षर न् अक्षर तपासा (`smtp.gmail.com` असे हवे,
   `smtp.gmail.con` किंवा `gmail.com` नाही).
3. तरीही सापडत नाही? IT व्यक्ती Command Prompt मध्ये `nslookup smtp.gmail.com` वापरून पाहू
   शकते; अपयशी उत्तर आले तर नेटवर्कच्या DNS सेटिंग्जमध्ये दोष आहे.

**Microsoft किंवा Google ने साइन इन** साठी त्यांच्या साइन-इन सेवाही लागतात:
`login.microsoftonline.com`, किंवा `accounts.google.com` आणि `oauth2.googleapis.com`. ज्या
नेटवर्कमध्ये त्या बंद आहेत तिथे साइन इन थांबते; त्यांना परवानगी देण्यास सांगा.
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
SMTP Desk पासवर्ड पाठवण्यापूर्वी मेल सर्व्हरचे **प्रमाणपत्र** तपासते, आणि ज्या कनेक्शनवर विश्वास
ठेवता येत नाही ते नाकारते. नेहमीची कारणे:

- **संगणकाचे घड्याळ चुकीचे आहे.** प्रमाणपत्रे आणि साइन इन आजच्या तारखेनुसार तपासले जातात.
  Windows: Settings &gt; Time &amp; language &gt; *Set time automatically*, आणि योग्य टाइम झोन
  (भारत: UTC+05:30).
- **अँटीव्हायरस प्रमाणपत्र बदलतो** म्हणजे मेलच्या आत पाहण्यासाठी (&quot;SSL scanning&quot;, &quot;HTTPS
  scanning&quot;, &quot;email scanning&quot;). मेलसाठी ते बंद करा, किंवा SMTP Desk ला परवानगी द्या.
- **होस्ट म्हणून IP पत्ता किंवा वेबसाइटचे नाव दिले आहे.** प्रदात्याचा अचूक SMTP होस्ट वापरा
  (`smtp.gmail.com`, `smtp.office365.com`).
- **सोसायटीच्या स्वतःच्या मेल सर्व्हरचे** प्रमाणपत्र self-signed आहे किंवा त्याची मुदत संपली
  आहे: त्याचा प्रशासक योग्य प्रमाणपत्र बसवतो (Let&apos;s Encrypt मोफत आहे).
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
प्रत्येक प्रदाता एका खात्यातून दिवसाला किती ईमेल पाठवता येतील यावर मर्यादा ठेवतो, जी
**मागील 24 तासांत** मोजली जाते:

| खाते | सुमारे |
|---|---|
| Gmail (मोफत) | दिवसाला 500 |
| Google Workspace | दिवसाला 2,000 (trial काळात 500) |
| Microsoft 365 | दिवसाला 10,000 प्राप्तकर्ते, मिनिटाला 30 |
| Zoho | तासाला 50–500, प्लॅननुसार |
| Brevo (मोफत) | दिवसाला 300 |

**SMTP Desk काय करते**

- **तयारी** योजना दाखवते: किती आता जातील आणि किती नंतर, मागील 24 तासांत पाठवल्याचे
  नोंदवहीत जे दिसते ते मोजून.
- पाठवणी चालू असताना मर्यादा गाठली की ते थांबते; बाकीचे **प्रतीक्षेत** राहतात. सूचनेत ते
  केव्हापासून जाऊ शकतील ते सांगितलेले असते. *परवानगी मिळताच आपोआप पुढे सुरू ठेवा* वर खूण करून
  SMTP Desk उघडे ठेवले, तर ते आपोआप पुढे चालू होते; किंवा नंतर **सुरू करा** दाबा. **कोणालाही
  दुसरी प्रत जात नाही.**
- प्रदात्याने आधीच नकार दिला (त्याच्या मोजणीत वेबमेल किंवा फोनवरून पाठवलेले मेलही असतात), तर
  SMTP Desk उत्तरावरून खरी मर्यादा शिकते आणि पुढच्या वेळी तिच्यानुसार योजना करते.
- *सर्व्हरने नंतर पुन्हा प्रयत्न करायला सांगितले* म्हणजे व्यस्त खात्याचा वेग प्रदाता कमी करत
  आहे: SMTP Desk थांबून स्वतःहून पुन्हा प्रयत्न करते.

तुमची स्वतःची मर्यादा: **ईमेल खाते तपशील &gt; मर्यादा** (दिवसाला आणि मिनिटाला संदेश). खाते
परवानगी देते त्यापेक्षा मोठी सोसायटी Google Workspace किंवा एखादी पाठवणी सेवा (Amazon SES,
SendGrid, Mailgun, Brevo, Postmark, Zoho चे सशुल्क प्लॅन) वापरू शकते.
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
प्रदाते फक्त **साइन इन केलेल्या मेलबॉक्सच्या नावाने**, किंवा त्या मेलबॉक्सला वापरण्याची परवानगी
असलेल्या पत्त्याने मेल पाठवतात. **From ईमेल** दुसरा पत्ता असेल तर सर्व्हर तो नाकारतो
(*SendAsDenied*, *sender address rejected*).

- सर्वात सोपे: ईमेल खाते तपशील मध्ये **From ईमेल** म्हणून ज्या मेलबॉक्सने साइन इन करता तोच ठेवा.
- **Gmail**: दुसरा पत्ता Settings &gt; Accounts and Import &gt; *Send mail as* मध्ये जोडा,
  आणि त्याची पुष्टी करा.
- **Microsoft 365**: प्रशासक From मेलबॉक्ससाठी *Send As* परवानगी देतो (Exchange
  admin centre &gt; Recipients &gt; Mailboxes &gt; Delegation &gt; Send as), किंवा तो पत्ता मेलबॉक्सचा
  alias म्हणून जोडून aliases वरून पाठवण्यास परवानगी देतो (`Set-OrganizationConfig
  -SendFromAliasEnabled $true`).
- **Zoho**: From हे खाते किंवा त्याचा एखादा alias असला पाहिजे (Settings &gt; *Send mail as*).
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
बिल खरे आहे की नाही हे सभासदांच्या मेल सेवा **From पत्त्याच्या डोमेनच्या** तीन DNS
रेकॉर्ड्सवरून ठरवतात. From `@gmail.com` किंवा `@outlook.com` असेल तर काहीही सेट अप करावे लागत
नाही. सोसायटीचे स्वतःचे डोमेन असेल (`accounts@yoursociety.in`) तर सोसायटीची IT व्यक्ती (किंवा
ज्याने डोमेन नोंदवले ती व्यक्ती) डोमेनचा DNS जिथे सांभाळला जातो तिथे (GoDaddy, BigRock,
Hostinger, Cloudflare …) ते जोडते:

- **SPF**: डोमेनसाठी कोणते सर्व्हर मेल पाठवू शकतात. डोमेनवरच **एकच** TXT रेकॉर्ड; त्याच्यासाठी
  पाठवणारी प्रत्येक सेवा त्यात लिहा.
- **DKIM**: पाठवणारी सेवा प्रत्येक संदेशावर जोडते ती सही; तिची public key DNS मध्ये प्रसिद्ध
  केली जाते. प्रदात्याचे admin console ती तयार करते.
- **DMARC**: SPF आणि DKIM अयशस्वी झाल्यास प्राप्तकर्त्यांनी काय करावे, आणि अहवाल कुठे पाठवावेत.
  `p=none` ने सुरुवात करा, अहवाल स्वच्छ आल्यावर `quarantine` वर जा.

**फेब्रुवारी 2024 पासून Gmail आणि Yahoo बंधनकारक करतात** की प्रत्येक पाठवणाऱ्याकडे SPF किंवा
DKIM असावे, आणि मोठ्या प्रमाणात पाठवणाऱ्यांकडे (दिवसाला सुमारे 5,000 संदेश) तिन्ही असावेत,
From डोमेनशी जुळणारे; Microsoft च्या Outlook.com ने मे 2025 मध्ये हेच केले. ते नसतील तर बिले
स्पॅममध्ये जातात किंवा नाकारली जातात (550 5.7.26).

**Google Workspace** ने पाठवणाऱ्या `yoursociety.in` चे उदाहरण (DNS पॅनेलमध्ये host `@`
म्हणजे डोमेन स्वतः):

```
Host               Type  Value
@                  TXT   v=spf1 include:_spf.google.com ~all
google._domainkey  TXT   v=DKIM1; k=rsa; p=MIIBIjANBgkq…
_dmarc             TXT   v=DMARC1; p=none; rua=mailto:it@yoursociety.in
```

DKIM ची value Google Admin console मध्ये तयार होते (Apps, Google Workspace, Gmail,
*Authenticate email*); ती पूर्ण कॉपी करा.

- **Microsoft 365**: SPF `v=spf1 include:spf.protection.outlook.com -all`; DKIM म्हणजे दोन
  CNAME रेकॉर्ड्स (`selector1._domainkey`, `selector2._domainkey`) जे Microsoft Defender
  Email authentication settings, DKIM खाली दाखवते; मग *Enable*.
- **Zoho (भारत)**: SPF `v=spf1 include:zoho.in ~all`; DKIM Zoho Mail Admin, Domains,
  Email Configuration, DKIM मधून.
- डोमेनसाठी दोन सेवा पाठवतात? तरीही SPF रेकॉर्ड **एकच**:
  `v=spf1 include:_spf.google.com include:zoho.in ~all`.

**तपासणी**: एका Gmail पत्त्यावर बिल पाठवा, ते उघडा, *Show original* निवडा: SPF, DKIM आणि
DMARC प्रत्येकाने **PASS** दाखवले पाहिजे. सभासदांनाही From पत्ता त्यांच्या contacts मध्ये
जोडायला आणि एकदा *Not spam* दाबायला सांगा.
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
प्रदात्याने **एका सभासदाचा पत्ता** नाकारला; इतर सभासदांना नेहमीप्रमाणे पाठवले गेले.
नेहमीची कारणे: टायपिंगमधील चूक (`gmial.com`, सुटलेला बिंदू, एखादी जागा), बंद झालेला
मेलबॉक्स, **भरलेला** मेलबॉक्स, किंवा प्रदाता स्वीकारू शकत नाही अशी साध्या इंग्रजीबाहेरील अक्षरे.

1. **सभासद** पान &gt; *दाखवा: प्रदात्याने नाकारलेला पत्ता* त्यांची यादी दाखवते; प्रदात्याचे शब्द
   **इतिहास** मध्ये आणि पाठवा पानाच्या tooltip मध्ये आहेत.
2. सोसायटीच्या सभासद फाइलमध्ये पत्ता दुरुस्त करा आणि ती पुन्हा आयात करा (भरलेला मेलबॉक्स:
   सभासदाला जागा मोकळी करायला सांगा).
3. **पाठवा** पान &gt; **अयशस्वी पुन्हा पाठवा** फक्त त्यांनाच पाठवते.

तोपर्यंत सभासदाला छापील प्रत देता येते.
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
- **बनवता आले नाही**: सभासदाच्या तपशिलातील काहीतरी बिलात बसत नाही (खूप लांब नाव किंवा
  पत्ता). फाइलमध्ये ते दुरुस्त करा, पुन्हा आयात करा, मग “अयशस्वी पुन्हा पाठवा” दाबा.
- **PDF फाइल सापडत नाही**: आयात केलेली PDF SMTP Desk च्या डेटा फोल्डरबाहेर हलवली गेली.
  सभासद पानावर PDF फोल्डर पुन्हा आयात करा.
- **आता नोंदवहीत नाही**: पाठवणी सुरू झाल्यानंतर या सभासदाच्या बिलाशिवाय बिले पुन्हा आयात
  झाली. ते अजूनही जायला हवे असेल तर पुन्हा आयात करा.
- **खूप मोठे**: बहुतेक प्रदाते एका संदेशासाठी 20–25 MB घेतात. लहान लोगो किंवा कमी पाने वापरा.
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
सूचनेतील शब्दांनी मदत होत नसेल, तर सोसायटीचे ईमेल जो सांभाळतो त्याला हे पाठवा (येथील
**कॉपी करा** बटण ईमेलसाठी एखादा विषय कॉपी करते):

- सूचनेतील शब्द, किंवा ईमेल खाते तपशील मधील **चाचणी** चा निकाल;
- **नोंद (लॉग)**: मदत &gt; नोंद (लॉग) ती दाखवते; फाइल डेटा फोल्डरमधील `logs/smtp-desk.log` आहे
  (फाइल &gt; डेटा फोल्डर उघडा). त्यात सर्व्हरची उत्तरे असतात, पासवर्ड कधीही नसतो.

*मेल सर्व्हरने एक समस्या कळवली* म्हणजे सर्व्हरने SMTP Desk ला माहीत नसलेल्या शब्दांत उत्तर
दिले: त्याचे उत्तर नोंदीत आहे, आणि प्रदात्याचे support ते वाचू शकते.
</translation>
    </message>
    <message>
        <source>The password was changed or has expired</source>
        <translation>पासवर्ड बदलला आहे किंवा त्याची मुदत संपली आहे</translation>
    </message>
    <message>
        <source>An App Password is needed (Gmail, Yahoo, Zoho)</source>
        <translation>App Password लागतो (Gmail, Yahoo, Zoho)</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (or Google)</source>
        <translation>Microsoft (किंवा Google) ने साइन इन</translation>
    </message>
    <message>
        <source>Port and security (SSL/TLS or STARTTLS)</source>
        <translation>पोर्ट आणि सुरक्षा (SSL/TLS किंवा STARTTLS)</translation>
    </message>
    <message>
        <source>Firewall, antivirus or a blocked port</source>
        <translation>फायरवॉल, अँटीव्हायरस किंवा बंद केलेला पोर्ट</translation>
    </message>
    <message>
        <source>No internet, or the server&apos;s name is not found</source>
        <translation>इंटरनेट नाही, किंवा सर्व्हरचे नाव सापडत नाही</translation>
    </message>
    <message>
        <source>Certificate warnings and a wrong clock</source>
        <translation>प्रमाणपत्राच्या सूचना आणि चुकीचे घड्याळ</translation>
    </message>
    <message>
        <source>The daily sending limit</source>
        <translation>पाठवण्याची दैनिक मर्यादा</translation>
    </message>
    <message>
        <source>The From address is refused</source>
        <translation>From पत्ता नाकारला जातो</translation>
    </message>
    <message>
        <source>Bills land in spam: SPF, DKIM and DMARC</source>
        <translation>बिले स्पॅममध्ये जातात: SPF, DKIM आणि DMARC</translation>
    </message>
    <message>
        <source>A member&apos;s address is refused</source>
        <translation>सभासदाचा पत्ता नाकारला जातो</translation>
    </message>
    <message>
        <source>A bill could not be made, or is too large</source>
        <translation>बिल बनवता आले नाही, किंवा ते खूप मोठे आहे</translation>
    </message>
    <message>
        <source>Something else: asking for help</source>
        <translation>इतर काही: मदत मागणे</translation>
    </message>
    <message>
        <source>Troubleshooting — SMTP Desk</source>
        <translation>समस्या निवारण — SMTP Desk</translation>
    </message>
    <message>
        <source>Search the help…</source>
        <translation>मदतीत शोधा…</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>मदतीत शोधा</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>No topic has these words.</source>
        <translation>हे शब्द असलेला कोणताही विषय नाही.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करा (&amp;C)</translation>
    </message>
    <message>
        <source>Copy this topic, to paste into an email to your IT person</source>
        <translation>हा विषय कॉपी करा, तुमच्या IT व्यक्तीला ईमेलमध्ये पेस्ट करण्यासाठी</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>कॉपी झाले ✓</translation>
    </message>
</context>
<context>
    <name>unconfirmed_bar</name>
    <message>
        <source>Mark as arri&amp;ved</source>
        <translation>पोहोचले म्हणून नोंदवा (&amp;V)</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>पुन्हा पाठवा (&amp;G)</translation>
    </message>
    <message>
        <source>Check the Sent &amp;folder</source>
        <translation>Sent फोल्डर तपासा (&amp;F)</translation>
    </message>
    <message>
        <source>Look each message up in the account&apos;s Sent folder (IMAP): found there, it was sent; not there, it goes again with the next Start.</source>
        <translation>प्रत्येक संदेश खात्याच्या Sent फोल्डरमध्ये (IMAP) शोधा: तिथे सापडला तर तो पाठवला गेला आहे; नसेल तर पुढच्या सुरू करा सोबत पुन्हा जाईल.</translation>
    </message>
    <message>
        <source>⚠ {count} message(s) may or may not have arrived: the connection broke just as they were handed over. Ask the member (or look in the account&apos;s Sent folder), select the row and say which: SMTP Desk never sends them again by itself.</source>
        <translation>⚠ {count} संदेश पोहोचले असतील किंवा नसतीलही: ते सुपूर्द करत असतानाच कनेक्शन तुटले. सभासदाला विचारा (किंवा खात्याचा Sent फोल्डर पहा), ती ओळ निवडा आणि काय झाले ते सांगा: SMTP Desk ते स्वतःहून पुन्हा कधीही पाठवत नाही.</translation>
    </message>
</context>
<context>
    <name>unsaved_changes</name>
    <message>
        <source>Email Credentials</source>
        <translation>ईमेल खाते तपशील</translation>
    </message>
    <message>
        <source>Society Profile</source>
        <translation>सोसायटी प्रोफाइल</translation>
    </message>
    <message>
        <source>Message Wording</source>
        <translation>संदेशाचा मजकूर</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>बंद करण्यापूर्वी ते जतन करायचे?</translation>
    </message>
    <message>
        <source>Save them before opening another society?</source>
        <translation>दुसरी सोसायटी उघडण्यापूर्वी ते जतन करायचे?</translation>
    </message>
    <message>
        <source>Save them before {what}?</source>
        <translation>{what} पूर्वी ते जतन करायचे?</translation>
    </message>
    <message>
        <source>{titles} and the {title}</source>
        <translation>{titles} आणि {title}</translation>
    </message>
    <message>
        <source>The {title} have changes that are not saved.</source>
        <translation>{title} मध्ये जतन न केलेले बदल आहेत.</translation>
    </message>
    <message>
        <source>The {title} has changes that are not saved.</source>
        <translation>{title} मध्ये जतन न केलेले बदल आहेत.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>host name</source>
        <translation>होस्टचे नाव</translation>
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
        <translation>From नाव</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Reply-To</translation>
    </message>
    <message>
        <source>archive copy</source>
        <translation>संग्रह प्रत</translation>
    </message>
    <message>
        <source>password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>The {field} contains a line break or an invisible control character; type or paste it again.</source>
        <translation>{field} मध्ये ओळ-खंड किंवा न दिसणारे नियंत्रण अक्षर आहे; ते पुन्हा टाइप किंवा पेस्ट करा.</translation>
    </message>
    <message>
        <source>Keep the From name under 100 characters.</source>
        <translation>From नाव 100 अक्षरांपेक्षा कमी ठेवा.</translation>
    </message>
    <message>
        <source>The limit is a whole number of messages (0 for no limit), or empty for the provider&apos;s limit.</source>
        <translation>मर्यादा म्हणजे संदेशांची पूर्ण संख्या (मर्यादा नको असल्यास 0); प्रदात्याची मर्यादा हवी असल्यास रिकामे ठेवा.</translation>
    </message>
    <message>
        <source>Enter the SMTP server&apos;s name, for example smtp.gmail.com.</source>
        <translation>SMTP सर्व्हरचे नाव टाका, उदा. smtp.gmail.com.</translation>
    </message>
    <message>
        <source>Enter only the server name, without &apos;https://&apos; or &apos;smtp://&apos;.</source>
        <translation>फक्त सर्व्हरचे नाव टाका, &apos;https://&apos; किंवा &apos;smtp://&apos; शिवाय.</translation>
    </message>
    <message>
        <source>The host name cannot contain spaces.</source>
        <translation>होस्टच्या नावात रिकामी जागा (space) असू शकत नाही.</translation>
    </message>
    <message>
        <source>That is an email address; the host is a server name like smtp.gmail.com.</source>
        <translation>हा ईमेल पत्ता आहे; होस्ट म्हणजे smtp.gmail.com सारखे सर्व्हरचे नाव.</translation>
    </message>
    <message>
        <source>Enter only the server name, without &apos;/&apos; or a path.</source>
        <translation>फक्त सर्व्हरचे नाव टाका, &apos;/&apos; किंवा पाथशिवाय.</translation>
    </message>
    <message>
        <source>Enter an IPv6 address without the square brackets.</source>
        <translation>IPv6 पत्ता चौकोनी कंसांशिवाय टाका.</translation>
    </message>
    <message>
        <source>Put the port number in the Port field, not after the host name.</source>
        <translation>पोर्ट क्रमांक होस्टच्या नावानंतर नव्हे, तर पोर्टच्या रकान्यात टाका.</translation>
    </message>
    <message>
        <source>A host name uses letters, digits, &apos;-&apos; and dots between the parts, for example mail.yoursociety.in.</source>
        <translation>होस्टच्या नावात अक्षरे, अंक, &apos;-&apos; आणि भागांमध्ये टिंब (.) असतात, उदा. mail.yoursociety.in.</translation>
    </message>
    <message>
        <source>This is not a valid IP address (four numbers 0–255).</source>
        <translation>हा वैध IP पत्ता नाही (0–255 मधील चार संख्या).</translation>
    </message>
    <message>
        <source>Enter the port number, usually 587 or 465.</source>
        <translation>पोर्ट क्रमांक टाका, सहसा 587 किंवा 465.</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535, usually 587 or 465.</source>
        <translation>पोर्ट 1 ते 65535 मधील पूर्ण संख्या असावी, सहसा 587 किंवा 465.</translation>
    </message>
    <message>
        <source>Choose the security: &apos;ssl&apos;, &apos;starttls&apos; or &apos;none&apos;.</source>
        <translation>सुरक्षा निवडा: &apos;ssl&apos;, &apos;starttls&apos; किंवा &apos;none&apos;.</translation>
    </message>
    <message>
        <source>Signing in with Microsoft or Google needs an encrypted connection: choose SSL/TLS or STARTTLS.</source>
        <translation>Microsoft किंवा Google ने साइन इन करण्यासाठी एन्क्रिप्टेड कनेक्शन आवश्यक आहे: SSL/TLS किंवा STARTTLS निवडा.</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network can read the bills you send. Choose SSL/TLS or STARTTLS.</source>
        <translation>एन्क्रिप्शनशिवाय, नेटवर्कवरील कोणीही तुम्ही पाठवलेली बिले वाचू शकतो. SSL/TLS किंवा STARTTLS निवडा.</translation>
    </message>
    <message>
        <source> SMTP Desk will not send your password unencrypted, so login will fail.</source>
        <translation> SMTP Desk तुमचा पासवर्ड एन्क्रिप्शनशिवाय पाठवणार नाही, त्यामुळे लॉगिन अयशस्वी होईल.</translation>
    </message>
    <message>
        <source>Port {port} normally uses {usual}, not {chosen}; the connection will probably fail.</source>
        <translation>पोर्ट {port} सहसा {chosen} नव्हे तर {usual} वापरतो; कनेक्शन बहुधा अयशस्वी होईल.</translation>
    </message>
    <message>
        <source>For {provider} the user ID is literally &apos;{user}&apos;; put your API key in the Password field.</source>
        <translation>{provider} साठी User ID अक्षरशः &apos;{user}&apos; असतो; तुमची API key पासवर्डच्या रकान्यात टाका.</translation>
    </message>
    <message>
        <source>Enter the user ID: {hint}.</source>
        <translation>User ID टाका: {hint}.</translation>
    </message>
    <message>
        <source>{provider} expects {hint} as the user ID, for example accounts@yoursociety.in.</source>
        <translation>{provider} ला User ID म्हणून {hint} अपेक्षित आहे, उदा. accounts@yoursociety.in.</translation>
    </message>
    <message>
        <source>Enter the {kind}.</source>
        <translation>{kind} टाका.</translation>
    </message>
    <message>
        <source>Enter the user ID that goes with this password.</source>
        <translation>या पासवर्डशी जुळणारा User ID टाका.</translation>
    </message>
    <message>
        <source>{provider} usually needs a {length}-character app password here ({alphabet} only, spaces ignored); this one has {count}. If the connection test fails, create an app password and paste it here.</source>
        <translation>{provider} ला येथे सहसा {length} अक्षरांचा App Password लागतो (फक्त {alphabet}, रिकाम्या जागा मोजत नाहीत); यात {count} आहेत. कनेक्शन तपासणी अयशस्वी झाल्यास, App Password तयार करा आणि तो येथे पेस्ट करा.</translation>
    </message>
    <message>
        <source>Enter the {field} address.</source>
        <translation>{field} पत्ता टाका.</translation>
    </message>
    <message>
        <source>This {field} address is not valid: {reason}</source>
        <translation>हा {field} पत्ता वैध नाही: {reason}</translation>
    </message>
    <message>
        <source>Members trust bills from the society&apos;s own domain (like accounts@yoursociety.in) more than a free @{domain} address.</source>
        <translation>विनामूल्य @{domain} पत्त्यापेक्षा सोसायटीच्या स्वतःच्या डोमेनवरून (उदा. accounts@yoursociety.in) आलेल्या बिलांवर सभासदांचा जास्त विश्वास असतो.</translation>
    </message>
    <message>
        <source>From differs from the user ID. {rule}</source>
        <translation>From हा User ID पेक्षा वेगळा आहे. {rule}</translation>
    </message>
</context>
<context>
    <name>validation_signin</name>
    <message>
        <source>Microsoft 365 and Outlook.com</source>
        <translation>Microsoft 365 आणि Outlook.com</translation>
    </message>
    <message>
        <source>Gmail and Google Workspace</source>
        <translation>Gmail आणि Google Workspace</translation>
    </message>
    <message>
        <source>Microsoft turns password sign-in off by default at the end of December 2026. Switch to Sign in with Microsoft so the bills keep going out.</source>
        <translation>डिसेंबर 2026 च्या अखेरीस Microsoft पासवर्डने साइन-इन आपोआप बंद करणार आहे. बिले पाठवणे चालू राहावे म्हणून Microsoft द्वारे साइन इन वापरा.</translation>
    </message>
    <message>
        <source>Outlook.com stopped accepting passwords for sending in September 2024: choose Sign in with Microsoft.</source>
        <translation>सप्टेंबर 2024 पासून Outlook.com पाठवण्यासाठी पासवर्ड स्वीकारत नाही: Microsoft द्वारे साइन इन निवडा.</translation>
    </message>
    <message>
        <source>Choose the sign-in: &apos;password&apos;, &apos;microsoft&apos; or &apos;google&apos;.</source>
        <translation>साइन-इनची पद्धत निवडा: &apos;password&apos;, &apos;microsoft&apos; किंवा &apos;google&apos;.</translation>
    </message>
    <message>
        <source>Sign in with {service} works only with {providers} (or a custom server that accepts its sign-in); choose the password for {provider}.</source>
        <translation>{service} द्वारे साइन इन फक्त {providers} सोबत चालते (किंवा त्याचे साइन-इन स्वीकारणाऱ्या कस्टम सर्व्हरसोबत); {provider} साठी पासवर्ड निवडा.</translation>
    </message>
    <message>
        <source>Enter the mailbox address you sign in to {service} with.</source>
        <translation>{service} मध्ये ज्या मेलबॉक्स पत्त्याने साइन इन करता तो टाका.</translation>
    </message>
    <message>
        <source>Enter the client ID of the society&apos;s {service} app registration (your IT person creates it once; see the steps beside this field).</source>
        <translation>सोसायटीच्या {service} ॲप नोंदणीचा client ID टाका (तुमचे IT सहाय्यक ती एकदाच तयार करतात; या फील्डशेजारील पायऱ्या पाहा).</translation>
    </message>
    <message>
        <source>A Microsoft client ID looks like 1b2c3d4e-5f60-4a1b-9c8d-7e6f5a4b3c2d (Application (client) ID on the app&apos;s Overview page in Microsoft Entra).</source>
        <translation>Microsoft client ID असा दिसतो: 1b2c3d4e-5f60-4a1b-9c8d-7e6f5a4b3c2d (Microsoft Entra मध्ये ॲपच्या Overview पानावरील Application (client) ID).</translation>
    </message>
    <message>
        <source>The client ID is one word; paste it again.</source>
        <translation>client ID एकच शब्द असतो; तो पुन्हा पेस्ट करा.</translation>
    </message>
    <message>
        <source>The sign-in authority is a full https:// address, for example https://login.microsoftonline.com/yoursociety.in.</source>
        <translation>साइन-इन ऑथॉरिटी हा पूर्ण https:// पत्ता असतो, उदाहरणार्थ https://login.microsoftonline.com/yoursociety.in.</translation>
    </message>
    <message>
        <source>Give the authority without ? or # parts.</source>
        <translation>ऑथॉरिटी ? किंवा # भागांशिवाय द्या.</translation>
    </message>
</context>
<context>
    <name>welcome</name>
    <message>
        <source>&lt;b&gt;PRACTICE&lt;/b&gt; — no real email leaves this PC: every message goes to the test inbox. Members, bills and history here are practice copies.</source>
        <translation>&lt;b&gt;सराव&lt;/b&gt; — कोणताही खरा ईमेल या PC बाहेर जात नाही: प्रत्येक संदेश चाचणी इनबॉक्समध्ये जातो. येथील सभासद, बिले आणि इतिहास या सरावासाठीच्या प्रती आहेत.</translation>
    </message>
    <message>
        <source>Test &amp;inbox</source>
        <translation>चाचणी इनबॉक्स (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Back to real work</source>
        <translation>खऱ्या कामाकडे परत (&amp;B)</translation>
    </message>
</context>
<context>
    <name>window_menus</name>
    <message>
        <source>&amp;File</source>
        <translation>फाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Home (month-end checklist)</source>
        <translation>मुख्यपृष्ठ (महिनाअखेरची यादी) (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Society…</source>
        <translation>सोसायटी उघडा… (&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>डेटा फोल्डर उघडा (&amp;D)</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>बॅकअप परत आणा… (&amp;B)</translation>
    </message>
    <message>
        <source>Back to &amp;Real Work</source>
        <translation>खऱ्या कामाकडे परत (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Practice Mode…</source>
        <translation>सराव मोड… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहेर पडा (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;System Tools</source>
        <translation>सिस्टम साधने (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Email Credentials</source>
        <translation>ईमेल खाते तपशील (&amp;E)</translation>
    </message>
    <message>
        <source>Society &amp;Profile</source>
        <translation>सोसायटी प्रोफाइल (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Members &amp;&amp; Documents</source>
        <translation>सभासद व कागदपत्रे (&amp;M)</translation>
    </message>
    <message>
        <source>Message &amp;Wording</source>
        <translation>संदेशाचा मजकूर (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>पाठवा (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Send Documents</source>
        <translation>कागदपत्रे पाठवा (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>इतिहास (&amp;H)</translation>
    </message>
    <message>
        <source>Check for &amp;Bounces</source>
        <translation>परत आलेले मेल तपासा (&amp;B)</translation>
    </message>
    <message>
        <source>Read the mailbox now for bills that came back undelivered</source>
        <translation>न पोहोचता परत आलेल्या बिलांसाठी आत्ताच मेलबॉक्स वाचा</translation>
    </message>
    <message>
        <source>Test &amp;Inbox</source>
        <translation>चाचणी इनबॉक्स (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदत (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Troubleshooting</source>
        <translation>समस्या निवारण (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} विषयी (&amp;A)</translation>
    </message>
    <message>
        <source>The troubleshooting guide is not part of this installation.</source>
        <translation>समस्या निवारण मार्गदर्शक या इन्स्टॉलेशनमध्ये समाविष्ट नाही.</translation>
    </message>
    <message>
        <source>The diagnosis under a failed Test says what to do; the log pane (Help &gt; Log) has the details for whoever helps you.</source>
        <translation>अयशस्वी चाचणीखालील निदान काय करावे ते सांगते; तुम्हाला मदत करणाऱ्या व्यक्तीसाठी सविस्तर माहिती नोंद (लॉग) विभागात (मदत &gt; नोंद (लॉग)) आहे.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} विषयी</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;The society office&apos;s digital postman.&lt;br&gt;Data folder: {folder}</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;सोसायटी कार्यालयाचा डिजिटल पोस्टमन.&lt;br&gt;डेटा फोल्डर: {folder}</translation>
    </message>
    <message>
        <source>{count} message(s) were sent after this backup was made: SMTP Desk will forget them, and sending the same documents again would mail those members twice.</source>
        <translation>हा बॅकअप बनवल्यानंतर {count} संदेश पाठवले गेले: SMTP Desk ते विसरेल, आणि तीच कागदपत्रे पुन्हा पाठवल्यास त्या सभासदांना ती दोनदा मिळतील.</translation>
    </message>
    <message>
        <source>Go back to {backup}?</source>
        <translation>{backup} वर परत जायचे?</translation>
    </message>
    <message>
        <source>Changes made to the register since then are undone; the register as it is now is kept as a backup, so this can be undone too.</source>
        <translation>त्यानंतर नोंदवहीत केलेले बदल रद्द होतील; सध्याची नोंदवही बॅकअप म्हणून ठेवली जाईल, त्यामुळे हेही पूर्ववत करता येईल.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>पुनर्स्थापित करा (&amp;R)</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>अजून एकही बॅकअप नाही.</translation>
    </message>
    <message>
        <source>A copy of the register is made before each import and each run.</source>
        <translation>प्रत्येक आयातीपूर्वी आणि प्रत्येक पाठवणीपूर्वी नोंदवहीची एक प्रत बनवली जाते.</translation>
    </message>
    <message>
        <source>A backup cannot be restored while sending{who}.</source>
        <translation>पाठवणी चालू असताना बॅकअप परत आणता येत नाही{who}.</translation>
    </message>
    <message>
        <source>Restore it when the run has finished, or pause it first.</source>
        <translation>पाठवणी पूर्ण झाल्यावर तो परत आणा, किंवा आधी पाठवणी थांबवा.</translation>
    </message>
    <message>
        <source>A backup cannot be restored while an import is under way.</source>
        <translation>आयात चालू असताना बॅकअप परत आणता येत नाही.</translation>
    </message>
    <message>
        <source>Restore it when the import has finished.</source>
        <translation>आयात पूर्ण झाल्यावर तो परत आणा.</translation>
    </message>
    <message>
        <source>Sending was paused or interrupted ({runs}). Resume now? Messages already sent will not be sent again.</source>
        <translation>पाठवणी थांबवली होती किंवा मध्येच खंडित झाली ({runs}). आता पुन्हा सुरू करायची? आधी पाठवलेले संदेश पुन्हा पाठवले जाणार नाहीत.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>the member&apos;s name</source>
        <translation>सभासदाचे नाव</translation>
    </message>
    <message>
        <source>the flat</source>
        <translation>सदनिका</translation>
    </message>
    <message>
        <source>the month (or months)</source>
        <translation>महिना (किंवा महिने)</translation>
    </message>
    <message>
        <source>the amount due</source>
        <translation>देय रक्कम</translation>
    </message>
    <message>
        <source>the amount received</source>
        <translation>मिळालेली रक्कम</translation>
    </message>
    <message>
        <source>&apos;; amount due ₹ …&apos; when there is an amount, else nothing</source>
        <translation>रक्कम असल्यास &apos;; amount due ₹ …&apos;, नसल्यास काहीच नाही</translation>
    </message>
    <message>
        <source>the bill&apos;s due date</source>
        <translation>बिलाची देय तारीख</translation>
    </message>
    <message>
        <source>the bill or receipt number</source>
        <translation>बिल किंवा पावती क्रमांक</translation>
    </message>
    <message>
        <source>the society&apos;s name</source>
        <translation>सोसायटीचे नाव</translation>
    </message>
    <message>
        <source>a UPI payment link for the amount due</source>
        <translation>देय रकमेसाठी UPI पेमेंट लिंक</translation>
    </message>
    <message>
        <source>the society office&apos;s phone</source>
        <translation>सोसायटी कार्यालयाचा फोन</translation>
    </message>
    <message>
        <source>the document, in words</source>
        <translation>कागदपत्र, शब्दांत</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>text, line {line}</source>
        <translation>मजकूर, ओळ {line}</translation>
    </message>
    <message>
        <source>{where}, column {column}: {message}</source>
        <translation>{where}, अक्षर क्र. {column}: {message}</translation>
    </message>
    <message>
        <source>this &apos;{&apos; is never closed: write the placeholder as {flat}, or &apos;{{&apos; for a brace</source>
        <translation>हा &apos;{&apos; कुठेच बंद होत नाही: कंसातील शब्द {flat} असा लिहा, किंवा नुसत्या कंसासाठी &apos;{{&apos; लिहा</translation>
    </message>
    <message>
        <source>this &apos;}&apos; closes nothing: write &apos;}}&apos; for a brace</source>
        <translation>हा &apos;}&apos; काहीच बंद करत नाही: कंसासाठी &apos;}}&apos; लिहा</translation>
    </message>
    <message>
        <source>a maintenance bill</source>
        <translation>देखभाल बिल</translation>
    </message>
    <message>
        <source>a payment receipt</source>
        <translation>पावती</translation>
    </message>
    <message>
        <source>a member statement</source>
        <translation>सभासद खातेउतारा</translation>
    </message>
    <message>
        <source>the test statement</source>
        <translation>नमुना खातेउतारा</translation>
    </message>
    <message>
        <source>{{{name}}} has no value in {kind}</source>
        <translation>{kind} मध्ये {{{name}}} ला मूल्य नसते</translation>
    </message>
    <message>
        <source>{{{name}}} is not a placeholder</source>
        <translation>{{{name}}} असा कोणताही कंसातील शब्द नाही</translation>
    </message>
    <message>
        <source> — did you mean {{{close}}}?</source>
        <translation> — तुम्हाला {{{close}}} म्हणायचे आहे का?</translation>
    </message>
    <message>
        <source>the subject is empty: members would not know what the mail is</source>
        <translation>विषय रिकामा आहे: हा ईमेल कशाबद्दल आहे ते सभासदांना कळणार नाही</translation>
    </message>
    <message>
        <source>the text is empty: write what the member should read</source>
        <translation>मजकूर रिकामा आहे: सभासदाने काय वाचावे ते लिहा</translation>
    </message>
    <message>
        <source>a subject is one line</source>
        <translation>विषय एकाच ओळीचा असतो</translation>
    </message>
    <message>
        <source>the subject is {count} characters long; keep it under {limit} (phones show about 40)</source>
        <translation>विषय {count} अक्षरांचा आहे; तो {limit} पेक्षा कमी ठेवा (फोनवर सुमारे 40 दिसतात)</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation>मजकूर {limit} अक्षरांपेक्षा मोठा आहे</translation>
    </message>
    <message>
        <source>an invisible control character</source>
        <translation>न दिसणारे नियंत्रण-अक्षर</translation>
    </message>
    <message>
        <source>the subject could be empty for some members: add words of your own, or {flat} or {period}</source>
        <translation>काही सभासदांसाठी विषय रिकामा राहू शकतो: स्वतःचे शब्द किंवा {flat} अथवा {period} जोडा</translation>
    </message>
</context>
<context>
    <name>wording_page</name>
    <message>
        <source>Maintenance bill</source>
        <translation>देखभाल बिल</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>पावती</translation>
    </message>
    <message>
        <source>Member statement</source>
        <translation>सभासद खातेउतारा</translation>
    </message>
    <message>
        <source>Test statement (Email Credentials)</source>
        <translation>नमुना खातेउतारा (ईमेल खाते तपशील)</translation>
    </message>
    <message>
        <source>Message Wording</source>
        <translation>संदेशाचा मजकूर</translation>
    </message>
    <message>
        <source>What members read in the email that carries their document. Words in braces, like {member_name}, are filled in for each member.</source>
        <translation>सभासदांना त्यांच्या कागदपत्रासोबतच्या ईमेलमध्ये जे वाचायला मिळते ते. कंसातील शब्द, उदा. {member_name}, प्रत्येक सभासदासाठी आपोआप भरले जातात.</translation>
    </message>
    <message>
        <source>The language members read: the month, the due date and the amount are written in it, and the standard wording comes in it.</source>
        <translation>सभासद वाचतात ती भाषा: महिना, देय तारीख आणि रक्कम या भाषेत लिहिली जाते, आणि मानक मजकूरही याच भाषेत मिळतो.</translation>
    </message>
    <message>
        <source>Double-click to put it where the cursor is.</source>
        <translation>कर्सर असलेल्या जागी घालण्यासाठी डबल-क्लिक करा.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>जतन करा (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>पूर्ववत करा (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Use the standard wording</source>
        <translation>मानक मजकूर वापरा (&amp;U)</translation>
    </message>
    <message>
        <source>Message for</source>
        <translation>संदेश कशासाठी</translation>
    </message>
    <message>
        <source>Members read it in</source>
        <translation>सभासदांची भाषा</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>मजकूर</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>कंसातील शब्द</translation>
    </message>
    <message>
        <source>The saved wording could not be used ({reason}); the standard one is shown.</source>
        <translation>जतन केलेला मजकूर वापरता आला नाही ({reason}); मानक मजकूर दाखवला आहे.</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>उदाहरण: {example}</translation>
    </message>
    <message>
        <source>Correct the mistakes on the left to see the preview.</source>
        <translation>पूर्वावलोकन पाहण्यासाठी डावीकडील चुका दुरुस्त करा.</translation>
    </message>
    <message>
        <source>The wording of the {kind} is saved; runs started from now on use it.</source>
        <translation>{kind} चा मजकूर जतन झाला; आतापासून सुरू होणाऱ्या पाठवण्यांमध्ये तोच वापरला जाईल.</translation>
    </message>
    <message>
        <source>The standard wording is shown; Save to use it again.</source>
        <translation>मानक मजकूर दाखवला आहे; तो पुन्हा वापरण्यासाठी जतन करा.</translation>
    </message>
    <message>
        <source>The wording you changed is not saved.</source>
        <translation>तुम्ही बदललेला मजकूर जतन झालेला नाही.</translation>
    </message>
    <message>
        <source>Save it before showing another?</source>
        <translation>दुसरा दाखवण्यापूर्वी तो जतन करायचा?</translation>
    </message>
    <message>
        <source>Preview for the member of</source>
        <translation>या सदनिकेच्या सभासदासाठी पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>साधा मजकूर</translation>
    </message>
    <message>
        <source>As formatted (HTML)</source>
        <translation>स्वरूपित (HTML)</translation>
    </message>
    <message>
        <source>Preview for flat</source>
        <translation>सदनिकेसाठी पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Import the members (Members &amp; Documents) to see a member&apos;s message here.</source>
        <translation>सभासदाचा संदेश येथे पाहण्यासाठी सभासद आयात करा (सभासद व कागदपत्रे).</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>पूर्वावलोकन तयार करत आहे…</translation>
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
        <translation>सदनिका {flat}, {period}: पाठवणीत जसा जाईल अगदी तसाच.</translation>
    </message>
    <message>
        <source>The test email, as Send test statement sends it.</source>
        <translation>नमुना ईमेल, “नमुना खातेउतारा पाठवा” जसा पाठवते तसा.</translation>
    </message>
    <message>
        <source>No preview: {reason}.</source>
        <translation>पूर्वावलोकन नाही: {reason}.</translation>
    </message>
</context>
<context>
    <name>wording_preview</name>
    <message>
        <source>import the members and their documents first</source>
        <translation>आधी सभासद आणि त्यांची कागदपत्रे आयात करा</translation>
    </message>
    <message>
        <source>no member with flat {flat} in the register</source>
        <translation>नोंदवहीत सदनिका {flat} चा कोणताही सभासद नाही</translation>
    </message>
    <message>
        <source>flat {flat} has no {what} in the register</source>
        <translation>नोंदवहीत सदनिका {flat} साठी {what} नाही</translation>
    </message>
    <message>
        <source>flat {flat} has no email address in the register: a run sends it nothing (print its copy instead)</source>
        <translation>सदनिका {flat} चा ईमेल पत्ता नोंदवहीत नाही: पाठवताना त्यांना काहीही जाणार नाही (त्यांची प्रत छापून द्या)</translation>
    </message>
</context>
<context>
    <name>wording_store</name>
    <message>
        <source>empty until the Society Profile has the society&apos;s name</source>
        <translation>सोसायटी प्रोफाइलमध्ये सोसायटीचे नाव भरेपर्यंत रिकामे</translation>
    </message>
    <message>
        <source>empty: the Society Profile has no office phone</source>
        <translation>रिकामे: सोसायटी प्रोफाइलमध्ये कार्यालयाचा फोन नाही</translation>
    </message>
    <message>
        <source>empty: the Society Profile has no UPI ID</source>
        <translation>रिकामे: सोसायटी प्रोफाइलमध्ये UPI ID नाही</translation>
    </message>
</context>
</TS>
