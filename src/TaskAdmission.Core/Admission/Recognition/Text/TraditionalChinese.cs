namespace TaskAdmission.Core.Admission.Recognition.Text;

/// <summary>
/// The traditional characters met in notices and lists (pasted from Hong Kong, Macao or Taiwan sources, or typed with a
/// traditional input method), mapped to their simplified form. A hand table because no conversion library restores here
/// and ICU's transliterator is not exposed by .NET; a character not in the table stays as it is.
/// </summary>
internal static class TraditionalChinese
{
    // Sorted by the traditional character so a binary search finds it; both strings have one character per entry.
    private const string Traditional = "並亂佈佔併來係倉個們倫偉側偵傑備傢傳債傷傾僅僱價儀億優儲兒內兩冊凍別則剛創劃劉劑勁動務勝勞勢勵勸區協卻厲參叢吳員問啓啟喚喪單嗎嘆噸嚇嚴囑國圍園圓圖團執堅報場塊塗塵墻墾壓壞壩壯壽夠夢夥奧奪奮婁婦媽嫻嬰孃孫學實寧審寫寬寵寶將專尋對導屆屍層屬岡島峽崗嶺帳帶幣幫幹幾庫廟廠廢廣廳張彈彌彙後徑從復徵徹悅惡惱愛態慣慮慶憂憑憶應懲懷懸戀戰戲戶掛擁擇擊擔據擠擬擴擺攜攝敗敘敵數斂斷於時晉暈暢暫曆曉書會東査條棄楊業榮構槍樂樓標樣橋機橫檔檢檯權歡歲歷歸殘殺氣決沒況測準溝滅滿漢濕濟灣災為烏無煙熱燈營爐爭爲牆犧狀獎獨獲獻現瑪環產畝畢畫異當疊痺療發盃盡監盤眾睜確碼礎禍禦禮稅種稱穩窮窯競筆節範築簡簽糧紀約紅級紛細紹終組結絕絡給統經綜綠維網緊線緣編練縣縮縱總績織繫繳繼續纖罰罷羅習聖聞聯聲職聽腦膽臟臨臺與興舉舊艦華蓋薦藍藝藥蘭處虛號蟲衆術衛衝補裝製複規視覽觀觸訂計訊訓記訪設許訴診評詞詢試詩話該詳誌認誘語誠誤說課調談請論諮諾謀謂講謝謹證識議護讀變讓豐貝負財貢貧貨販貫責貴貸費貿賀資賓賞賠賣質賬購贈贊趕趙跡蹟躍車軌軍軟較載輔輕輛輪輸轉辦辭農迴這連週進運過達違遠適遲遷選遺還邊鄉鄰醫釋針鈔鉛銀銷鋼錄錢錯錶鍵鎮鏈鐘鐵長門閉開閒間閘閱闆關陣陳陸陽隊階際隨險隱雖雙雜雞離難電靈響頁頂項順須預領頭頻題額顏願類顧顯風飛飯飲養餘館馬驅驗體髮鬥鬧魚魯鳥鳳麗麥麵黃點黨齊齒齡龍龜";
    private const string Simplified = "并乱布占并来系仓个们伦伟侧侦杰备家传债伤倾仅雇价仪亿优储儿内两册冻别则刚创划刘剂劲动务胜劳势励劝区协却厉参丛吴员问启启唤丧单吗叹吨吓严嘱国围园圆图团执坚报场块涂尘墙垦压坏坝壮寿够梦伙奥夺奋娄妇妈娴婴娘孙学实宁审写宽宠宝将专寻对导届尸层属冈岛峡岗岭账带币帮干几库庙厂废广厅张弹弥汇后径从复征彻悦恶恼爱态惯虑庆忧凭忆应惩怀悬恋战戏户挂拥择击担据挤拟扩摆携摄败叙敌数敛断于时晋晕畅暂历晓书会东查条弃杨业荣构枪乐楼标样桥机横档检台权欢岁历归残杀气决没况测准沟灭满汉湿济湾灾为乌无烟热灯营炉争为墙牺状奖独获献现玛环产亩毕画异当叠痹疗发杯尽监盘众睁确码础祸御礼税种称稳穷窑竞笔节范筑简签粮纪约红级纷细绍终组结绝络给统经综绿维网紧线缘编练县缩纵总绩织系缴继续纤罚罢罗习圣闻联声职听脑胆脏临台与兴举旧舰华盖荐蓝艺药兰处虚号虫众术卫冲补装制复规视览观触订计讯训记访设许诉诊评词询试诗话该详志认诱语诚误说课调谈请论咨诺谋谓讲谢谨证识议护读变让丰贝负财贡贫货贩贯责贵贷费贸贺资宾赏赔卖质账购赠赞赶赵迹迹跃车轨军软较载辅轻辆轮输转办辞农回这连周进运过达违远适迟迁选遗还边乡邻医释针钞铅银销钢录钱错表键镇链钟铁长门闭开闲间闸阅板关阵陈陆阳队阶际随险隐虽双杂鸡离难电灵响页顶项顺须预领头频题额颜愿类顾显风飞饭饮养余馆马驱验体发斗闹鱼鲁鸟凤丽麦面黄点党齐齿龄龙龟";

    public static char ToSimplified(char c)
    {
        if (c < '\u4E00')
        {
            return c;
        }
        var i = Traditional.AsSpan().BinarySearch(c);
        return i >= 0 ? Simplified[i] : c;
    }
}
