#!/bin/sh
# Regenerates the voice segments of the queue calls (see README.md). Needs espeak-ng and
# opus-tools (Debian: apt-get install -y espeak-ng opus-tools); the server does not: the
# generated .ogg files are kept in the repository.
set -eu
cd "$(dirname "$0")"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
SPEED=${SPEED:-140}

say() { # say <file> <voice> <text>
  espeak-ng -s "$SPEED" -v "$2" -w "$TMP/$1.wav" "$3"
  opusenc --quiet --bitrate 24 --downmix-mono "$TMP/$1.wav" "$1.ogg"
}

# Chinese: the Debian cmn dictionary reads some characters as English, so the Chinese segments
# are given in pinyin with tone numbers to the cmn-latn-pinyin voice; letters in English, as
# Chinese halls say them.
say zh-qing cmn-latn-pinyin "qing3"
say zh-hao cmn-latn-pinyin "hao4"
say zh-dao cmn-latn-pinyin "dao4"
say zh-chuangkou cmn-latn-pinyin "hao4 chuang1 kou3"
say zh-banli cmn-latn-pinyin "ban4 li3"
say zh-10 cmn-latn-pinyin "shi2"
say zh-100 cmn-latn-pinyin "bai3"
i=0
for p in ling2 yi1 er4 san1 si4 wu3 liu4 qi1 ba1 jiu3; do say "zh-$i" cmn-latn-pinyin "$p"; i=$((i + 1)); done
for l in a b c d e f g h i j k l m n o p q r s t u v w x y z; do
  say "zh-$l" en "$(printf '%s' "$l" | tr a-z A-Z)"
done

# Uyghur (espeak-ng's ug voice reads the Arabic script): "A082 نومۇرلۇق خېرىدار، 5 نومۇرلۇق كۆزنەككە كېلىڭ"
say ug-xeridar ug "نومۇرلۇق خېرىدار"
say ug-koznek ug "نومۇرلۇق كۆزنەككە كېلىڭ"
say ug-0 ug "نۆل"
say ug-1 ug "بىر"
say ug-2 ug "ئىككى"
say ug-3 ug "ئۈچ"
say ug-4 ug "تۆت"
say ug-5 ug "بەش"
say ug-6 ug "ئالتە"
say ug-7 ug "يەتتە"
say ug-8 ug "سەككىز"
say ug-9 ug "توققۇز"
say ug-10 ug "ئون"
say ug-20 ug "يىگىرمە"
say ug-30 ug "ئوتتۇز"
say ug-40 ug "قىرىق"
say ug-50 ug "ئەللىك"
say ug-60 ug "ئاتمىش"
say ug-70 ug "يەتمىش"
say ug-80 ug "سەكسەن"
say ug-90 ug "توقسان"
say ug-100 ug "يۈز"
# letter names as Uyghur speakers say the Latin letters
set -- a ئا b بې c سې d دې e ئې f ئەف g گې h ھې i ئاي j جې k كې l ئەل m ئەم n ئەن o ئو p پې q كيۇ r ئار s ئەس t تې u يۇ v ۋې w "دابل يۇ" x ئېكس y ۋاي z زېت
while [ $# -ge 2 ]; do say "ug-$1" ug "$2"; shift 2; done

# 0.4 s of silence between the two languages
python3 - "$TMP/pause.wav" <<'PY'
import sys, wave
with wave.open(sys.argv[1], 'wb') as w:
    w.setnchannels(1); w.setsampwidth(2); w.setframerate(22050)
    w.writeframes(b'\0\0' * int(22050 * 0.4))
PY
opusenc --quiet --bitrate 24 "$TMP/pause.wav" pause.ogg
echo "$(ls ./*.ogg | wc -l) segments, $(du -ch ./*.ogg | tail -1 | cut -f1)"
