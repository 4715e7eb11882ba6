import { describe, expect, it } from 'vitest';
import { chooseTitle, furnitureShape } from '../../../src/pipeline/article/choose-title';

// Top lines of real pages (tests/fixtures/real/ and the bundled corpus).
describe('furnitureShape: lines of page furniture, never a headline', () => {
  it('knows e-paper mastheads, labelled codes and navigation', () => {
    expect(furnitureShape('重庆政协报数字报纸')).not.toBeNull();
    // An e-paper's page picture, dated (hi-1180), and its running head with the page's staff (js-1181).
    expect(furnitureShape('2023年1月13日《海南日报》A09版版面图')).not.toBeNull();
    expect(furnitureShape('B B 用经济眼光看世界2019年4月25日 星期四 己亥年三月廿一 编辑/张青峰 刘照和 版式/杜朝强 校对/宗茜区域综合卫健之窗 江苏经济报')).not.toBeNull();
    expect(furnitureShape('编辑部召开版面研讨会')).toBeNull();
    // A news site's name and its channel over the story (sc-825); a headline of a site's own news is none.
    expect(furnitureShape('四川新闻网-首屏新闻')).not.toBeNull();
    expect(furnitureShape('东方网—要闻')).not.toBeNull();
    expect(furnitureShape('四川新闻网举办政协委员座谈会')).toBeNull();
    // A committee's formal name with a bar after it, its site's banner (jl-19); a greeting that welcomes one.
    expect(furnitureShape('中国人民政治协商会议吉林市委员会|')).not.toBeNull();
    expect(furnitureShape('欢迎莅临吉林市政协官方网站！')).not.toBeNull();
    // A special committee's name alone is the column of its news (gx-15); one formed is news.
    expect(furnitureShape('教科卫体委员会')).not.toBeNull();
    expect(furnitureShape('县政协成立文史资料委员会')).toBeNull();
    // …and named short after its committee, a report's author line (ah-905); its committee's doing is news.
    expect(furnitureShape('市政协经济委')).not.toBeNull();
    expect(furnitureShape('市政协经济委召开专题协商会')).toBeNull();
    // A betting site's title claiming to be the official site (gs-915), a forum archiver's link back to the
    // thread (gz-919) and a forum's login prompt (jx-937); a headline that names an official site is news.
    expect(furnitureShape('伟德betvlctor最新版本下载（中国·官方）-Web Game Platform')).not.toBeNull();
    expect(furnitureShape('查看完整版本： 六盘水市政协赴盘州市调研食品药品安全工作')).not.toBeNull();
    expect(furnitureShape('您需要 登录 才可以下载或查看，没有账号？注册')).not.toBeNull();
    expect(furnitureShape('市政协官方网站改版上线')).toBeNull();
    // A sidebar box's label with its more-link (sh-1023) and a timestamp with only its outlet or writer after it
    // (qh-925, qh-1033).
    expect(furnitureShape('背景介绍 更多')).not.toBeNull();
    expect(furnitureShape('热点关注视频 更多>>')).not.toBeNull();
    expect(furnitureShape('更多精彩 尽在政协')).toBeNull();
    expect(furnitureShape('2019-09-03 08:31:17 青海日报')).not.toBeNull();
    expect(furnitureShape('2017-07-12 20:02甘建华')).not.toBeNull();
    // …and a writer's credit after a bar (nm-1036).
    expect(furnitureShape('文 | 席会华 张雪')).not.toBeNull();
    expect(furnitureShape('图/李明')).not.toBeNull();
    expect(furnitureShape('文化惠民 | 政协委员送戏下乡')).toBeNull();
    expect(furnitureShape('2019-09-03 青海日报社举办政协委员座谈会')).toBeNull();
    // A column of speeches, a meeting's scene and a caption signed by its photographer (ZZP hl-95, jl-95).
    expect(furnitureShape('会议讲话')).not.toBeNull();
    expect(furnitureShape('政协吉林市第十四届委员会第一次会议现场')).not.toBeNull();
    expect(furnitureShape('调研组在珲春林业局大荒沟林场实地考察 徐子茵 摄')).not.toBeNull();
    // (…perhaps a paper's reporter, ZZZZZZZZZZZZZE fj-207.)
    expect(furnitureShape('开幕式现场 东南网记者卢金福摄')).not.toBeNull();
    expect(furnitureShape('烟台市委副秘书长、台办主任孙迎军汇报全市对台工作情况（图片来源：烟台市台办）')).not.toBeNull();
    // …or with its photographer in brackets (gx-1061); a headline's own brackets stay (`…（图）` is no credit).
    expect(furnitureShape('唐善茂（左前三）向自治区政协委员介绍我局在巴马县的找水打井情况（苏世峰/摄）')).not.toBeNull();
    expect(furnitureShape('政协委员视察城区污水处理厂（记者 王强 摄）')).not.toBeNull();
    expect(furnitureShape('县政协召开十届三次常委会议（图）')).toBeNull();
    // A site's menu of its categories (nx-1056), not a headline that sorts something (`垃圾分类`).
    expect(furnitureShape('博冠体育新闻分类')).not.toBeNull();
    expect(furnitureShape('市政协视察城区生活垃圾分类工作')).toBeNull();
    expect(furnitureShape('全民参与垃圾分类')).toBeNull();
    // …or credited to an outlet with 图 (hb-658), never a headline that ends in a word for a picture.
    expect(furnitureShape('徐立全 中国政府网 图')).not.toBeNull();
    // …or with whoever supplied it (fj-1078); a headline that ends in a picture's word is none.
    expect(furnitureShape('书法家志愿者为群众书写对联 漳平市政协办供图')).not.toBeNull();
    expect(furnitureShape('市政协举办书画展 百幅作品绘就新蓝图')).toBeNull();
    expect(furnitureShape('县政协召开“书香政协”读书会 绘就发展蓝图')).toBeNull();
    expect(furnitureShape('图/文：陈琼')).not.toBeNull();
    // A photo's caption wholly in round brackets at the top of a page with no headline (ZZZZZZZZZZZZZZZZZZS gs-351).
    expect(furnitureShape('（视察武山大道及南滨河路风情线建设）')).not.toBeNull();
    expect(furnitureShape('视察武山大道及南滨河路风情线建设')).toBeNull();
    // An e-paper's page label, its letter lower-case and four digits (ZZZZZZZZZZZZZZZZZZZF zj-364).
    expect(furnitureShape('a0002版:理论·城事')).not.toBeNull();
    // A forum's stamp on an attachment or a post (ZZZZZZZZZZZZZS he-221); a headline with a time in it is not one.
    expect(furnitureShape('2019-10-11 09:30 上传')).not.toBeNull();
    expect(furnitureShape('发表于 2019-10-11 09:30')).not.toBeNull();
    // …and its note of a post's last edit (gd-1200).
    expect(furnitureShape('本帖最后由 无脚蛇 于 2023-6-25 06:06 编辑')).not.toBeNull();
    expect(furnitureShape('本帖最后由 上善若水 于 2022-7-27 09:42 编辑')).not.toBeNull();
    expect(furnitureShape('2019-10-11 09:30 市政协召开常委会议')).toBeNull();
    // A gazette's year and issue, a county paper's issue and page, a betting site's name over a spam copy
    // (ZZZZZZZZZZZZZZZZZZZZN js-398, sn-398; ZZZZZZZZZZZZZZZZZZZZO sx-399).
    expect(furnitureShape('2022年第06期')).not.toBeNull();
    expect(furnitureShape('1886 期 / 第2版:2')).not.toBeNull();
    expect(furnitureShape('365体育比分')).not.toBeNull();
    // (…or its page title, names joined by underscores: js-737.)
    expect(furnitureShape('365最快比分网_365bet娱乐场体育在线_365sport365')).not.toBeNull();
    // …and an outlet's dateline word alone on its line (sd-753).
    expect(furnitureShape('德州新闻网讯')).not.toBeNull();
    expect(furnitureShape('德州新闻网讯问政协委员')).toBeNull();
    expect(furnitureShape('市政协召开常委会议_政协要闻')).toBeNull();
    expect(furnitureShape('betway必威体育')).not.toBeNull();
    // (…in characters alone, with its download after it: ZZZZZZZZZZZZZZZZZZZZZZZV ha-484; not a headline on sport.)
    expect(furnitureShape('万博体育下载')).not.toBeNull();
    // (…or two of its names joined by a comma, ZZZZZZZZZZZZZZZZZZZZZZZZZZT hb-560; not a headline on a platform.)
    expect(furnitureShape('葡京国际平台，葡京国际官网')).not.toBeNull();
    expect(furnitureShape('县政协搭建协商平台，助力基层治理')).toBeNull();
    // A wiki entry's name with its tabs after it (ZZZZZZZZZZZZZZZZZZZZZZZZZZQ hl-557); a headline on a discussion is none.
    expect(furnitureShape('黑龙江省政协检视原始码讨论检视历史')).not.toBeNull();
    expect(furnitureShape('县政协组织委员专题讨论')).toBeNull();
    // A before-and-after photo's caption (ZZZZZZZZZZZZZZZZZZZZZZZZZZZA hn-567); a headline on the work is none.
    expect(furnitureShape('红福田村易地搬迁点周边整治前')).not.toBeNull();
    // A menu's label with its items in brackets parted by slashes (ah-774); a headline with a bracketed note is none.
    expect(furnitureShape('城市名片(城标/市花/美食/景区/人物)')).not.toBeNull();
    expect(furnitureShape('市政协召开双月协商会(第一次)')).toBeNull();
    expect(furnitureShape('县政协视察人居环境整治工作')).toBeNull();
    // A radio programme page's credit and air time (ZZZZZZZZZZZZZZZZZZZZZZZZZZZJ gd-576); a headline on hosting is none.
    expect(furnitureShape('节目主持：叶纯')).not.toBeNull();
    expect(furnitureShape('周六9:30-10:30')).not.toBeNull();
    expect(furnitureShape('市政协主持召开提案办理协商会')).toBeNull();
    // Reporters' credits with their parts after slashes (ZZZZZZZZZZZZZZZZZZZZZZZZZZZO sd-581); a headline on a press tour is none.
    expect(furnitureShape('滕州融媒记者邓长浩 张腾艺 颜志迎/视频 田璐/文字')).not.toBeNull();
    expect(furnitureShape('市政协组织记者采访团走进乡村')).toBeNull();
    expect(furnitureShape('县政协调研全民健身体育设施建设')).toBeNull();
    // …but a headline that commends the units that handled proposals is none (sn-398).
    expect(furnitureShape('政协渭南市委员会关于表彰六届二次会议优秀提案先进承办单位和办理工作先进个人的决定')).toBeNull();
    expect(furnitureShape('主办单位：政协慈溪市委员会')).not.toBeNull();
    // A photo's caption of a group picture (合照) and print buttons in brackets (ZZZZZZZZZZZZZZZZZZZZW ln-407, gd-407).
    expect(furnitureShape('■遼寧交流團與遼寧省政協主席夏德仁合照。')).not.toBeNull();
    expect(furnitureShape('】 【打 印】')).not.toBeNull();
    // A timestamp with its source, the time right after the day (ZZZZZZZZZZZZZZI gz-237).
    expect(furnitureShape('2019年11月16日14:25 来源：贵州日报')).not.toBeNull();
    // A reporter's byline whose two-character name is spaced (ZZZZZZZZZZZZZZS js-247).
    expect(furnitureShape('■淮安融媒记者 陈 帅')).not.toBeNull();
    expect(furnitureShape('通 讯 员 王成虎')).not.toBeNull();
    // (A magazine's 文 before its reporter, bj-711.)
    expect(furnitureShape('文 本刊记者 崔晓晖')).not.toBeNull();
    // A portal's name with its local branch, a prompt to open its app (ZZZZZZZZZZZZZZB zj-230, ZZZZZZZZZZZZZZD hb-232).
    expect(furnitureShape('浙江在线 -- 岱山支站')).not.toBeNull();
    expect(furnitureShape('2步打开 大武汉APP')).not.toBeNull();
    expect(furnitureShape('县政协开展委员履职APP使用培训')).toBeNull();
    // A bulletin's issue number and imprint, an e-paper's issue and page, a bracketed link for more (ZZZC sx-06, nm-05, yn-10).
    expect(furnitureShape('第9期(总第121期)')).not.toBeNull();
    expect(furnitureShape('民进吕梁市委办公室编印 2011年3月25日')).not.toBeNull();
    // The credit for a story's photos (ZZZZZZZZZZZZZZZZZZZZZZP sh-452), not a headline about a photo show.
    expect(furnitureShape('本文图片均由政协头条记者游思静 摄')).not.toBeNull();
    expect(furnitureShape('图片由县政协办公室提供')).not.toBeNull();
    expect(furnitureShape('县政协举办摄影作品展')).toBeNull();
    // A committee's online platform's name (ZZZZZZZZZZZZZZZZZZZZZZY zj-461), not a headline about one.
    expect(furnitureShape('浙江政协履职服务综合平台')).not.toBeNull();
    expect(furnitureShape('县政协委员履职服务平台正式上线')).toBeNull();
    // …and its account's link (zj-952), not news of an account opened.
    expect(furnitureShape('瓯海政协微信')).not.toBeNull();
    expect(furnitureShape('西湖区政协开通官方微信')).toBeNull();
    // …and the year, the issues and the bulletin's name run together (ZZZZZZZZZZZZZZZZZZZZZZS sc-455).
    expect(furnitureShape('2013第7期总第240期律师工作动态')).not.toBeNull();
    expect(furnitureShape('2013年第7期（总第240期）')).not.toBeNull();
    // …and a periodical's name and issue (ZZZZZZZZZZZZZH js-210), not a lecture series' numbered event.
    expect(furnitureShape('江苏年鉴 2015年00期')).not.toBeNull();
    expect(furnitureShape('《江淮文史》2019年第3期')).not.toBeNull();
    expect(furnitureShape('政协讲堂2023年第5期')).toBeNull();
    // (…any name, as a magazine site prints it over each article: qh-1033, he-1095.)
    expect(furnitureShape('乡音 2018年8期')).not.toBeNull();
    expect(furnitureShape('柴达木开发研究 2017年3期')).not.toBeNull();
    expect(furnitureShape('乌海日报/2024 年/1 月/11 日/第 001 版')).not.toBeNull();
    expect(furnitureShape('《 人民政协报 》 （ 2023年11月23日   第 04 版）')).not.toBeNull();
    expect(furnitureShape('[【更多资料+:114】]')).not.toBeNull();
    expect(furnitureShape('更多委员走进社区开展协商')).toBeNull();
    // A row of tags under a story (ZZZD sc-07); a headline of two phrases is not one.
    expect(furnitureShape('共同富裕 智慧农业 数字农村 三农问题')).not.toBeNull();
    // …or of a portal's sites, some named in letters and numbers (ZZZZZZZZZZZZZZZZZZZZZZZZZZF sh-546), or of tags with a year
    // among them; not a headline with its year run in.
    expect(furnitureShape('搜狐 ChinaRen 17173 焦点房地产 搜狗')).not.toBeNull();
    expect(furnitureShape('2024 市政协 重点提案 督办')).not.toBeNull();
    expect(furnitureShape('2024年市政协重点提案督办会召开')).toBeNull();
    // A byline with its outlet first (ZZZZZZZZZZZZZZZZZZZZZZZZZZL sd-552), and a government office's name alone
    // over a document (ZZZZZZZZZZZZZZZZZZZZZZZZZZG bj-547); not a headline that names them.
    expect(furnitureShape('山东商报·速豹新闻网 张洪燕 通讯员 翟军帅')).not.toBeNull();
    expect(furnitureShape('东兴区中山乡政府')).not.toBeNull();
    // …or writers and outlet with the time it was posted (hn-842); not a headline about correspondents.
    expect(furnitureShape('欧阳倩 通讯员 谢旺 刘倩 湖南日报·新湖南客户端 2019-12-27 23:05:18')).not.toBeNull();
    expect(furnitureShape('记者从市政协获悉，全会将于3月召开 2019-11-08')).toBeNull();
    // A headline about correspondents is no reporter's byline.
    expect(furnitureShape('市政协召开通讯员座谈会')).toBeNull();
    expect(furnitureShape('县政协举办信息通讯员培训班')).toBeNull();
    // A TV listing's synopsis label (ZZZZZZZZZZZZZZZZZZZZZZZZZZN hb-554); not a headline about a column.
    expect(furnitureShape('政协论坛剧情介绍')).not.toBeNull();
    expect(furnitureShape('市政协《政协论坛》栏目开播')).toBeNull();
    expect(furnitureShape('区政府与区政协召开联席会议')).toBeNull();
    expect(furnitureShape('菏泽日报报道市政协助学活动')).toBeNull();
    expect(furnitureShape('迈出新步伐 展现新作为')).toBeNull();
    // A spam copy's app advertisement (ZZZJ xj-29); a headline about an app is not one.
    expect(furnitureShape('🕢8868体育APP下载平台🕣')).not.toBeNull();
    expect(furnitureShape('县政协开展委员履职APP下载使用培训')).toBeNull();
    // A row of outlets' names, an e-paper's page number and column (ZZZK gd-30, ZZZM sx-32).
    expect(furnitureShape('惠州日报 东江时报 小惠同学')).not.toBeNull();
    expect(furnitureShape('03:聚焦2026长治两会')).not.toBeNull();
    expect(furnitureShape('委员走进社区 倾听民声 协商议事')).toBeNull();
    // Reporters' names in brackets over the story (ZZZO js-34).
    expect(furnitureShape('（全媒体记者卜蕾马钰超）')).not.toBeNull();
    expect(furnitureShape('(记者 毛龄欧 通讯员 李林禧)')).not.toBeNull();
    // …after the outlet's name (ZZZZA xj-48); not a headline that ends in a bracket.
    expect(furnitureShape('中国昌吉网（记者 高云哲）')).not.toBeNull();
    // …and its dateline between (sn-986, whose headline and subtitle stand over it).
    expect(furnitureShape('人民政协网1月15日 （本报记者 路强）')).not.toBeNull();
    expect(chooseTitle([{ text: '“西”望你我“安”然无恙', line: 1 }, { text: '——陜西省政协积极投身疫情防控阻击战记事', line: 2 }, { text: '人民政协网1月15日 （本报记者 路强）', line: 3 }], '1月12日，新增确诊病例8人。在过去的一个月间，疫情防控的战场上不断闪现着陜西省政协委员和政协机关工作人员的身影。').title?.line).toBe(1);
    expect(furnitureShape('市政协召开专题协商会（记者 高云哲）')).toBeNull();
    // A page's info row with its site's domain and the date, a paper with a dashed date, a
    // view counter, font and print buttons (zj-96, gx-03, hn-72, cq-88).
    expect(furnitureShape('www.zjol.com.cn  2006年02月27日 08:32:55  浙江在线新闻网站')).not.toBeNull();
    expect(furnitureShape('重庆市巴南区人大常委会  cqbnrd.gov.cn  2023/10/23  来源： 本站 发布人：超级管理员')).not.toBeNull();
    expect(furnitureShape('广西日报2021-03-30')).not.toBeNull();
    expect(furnitureShape('浏览量')).not.toBeNull();
    expect(furnitureShape('【字体： 】  【打印此文')).not.toBeNull();
    expect(furnitureShape('【字体： 【打印本页】 【关闭】')).not.toBeNull();
    expect(furnitureShape('2023年政协委员走进cctv.com开展活动')).toBeNull();
    // …with the date glued on by a slash (zj-63); a portal's column; a WeChat call behind an arrow (ZZZZC, ZZZZE).
    expect(furnitureShape('http://www.tlnews.com.cn/2024年04月19日 08:56:52')).not.toBeNull();
    expect(furnitureShape('政府信息公开')).not.toBeNull();
    expect(furnitureShape('⇧点蓝色字关注“华宁头条”')).not.toBeNull();
    expect(furnitureShape('戳上面的关注我们哦!')).not.toBeNull(); // ZZZZZZZZZZZZZZZZZZZS sd-377
    // …or to star the account (sd-811); a committee's site name behind a header's bar (ha-785), or with its page's
    // empty publishing fields (hn-798).
    expect(furnitureShape('星标“济南政协”，及时接收每篇推送文章')).not.toBeNull();
    expect(furnitureShape('┃政协信阳市委员会')).not.toBeNull();
    expect(furnitureShape('中国人民政治协商会议湖南省委员会 时间:2022-07-22 来源:')).not.toBeNull();
    expect(furnitureShape('政协湖南省委员会召开常委会议')).toBeNull();
    // A person's place in a photo marked after their name (ZZZZZZZZZZZZZZZZZZZZC fj-387); a name in brackets is not one.
    expect(furnitureShape('陈安平委员（中）在为学生讲解政协委员的履职程序及撰写政协提案的方法等')).not.toBeNull();
    expect(furnitureShape('县政协主席王明（左二）在调研中')).not.toBeNull();
    expect(furnitureShape('思明区政协（厦门）组织委员进校园')).toBeNull();
    // A column's name with a bracketed scope (ZZZZZZZZZZZZZZZZZZZZF hn-390).
    expect(furnitureShape('国内（区外）政协动态')).not.toBeNull();
    expect(furnitureShape('点击上方蓝字关注“运城日报”')).not.toBeNull();
    expect(furnitureShape('市政协关注民生实事')).toBeNull();
    // A date widget without its weekday, a boxed byline of two outlets (ZZZZS sd-66).
    expect(furnitureShape('今天是：2024年12月30日')).not.toBeNull();
    expect(furnitureShape('□青岛日报/观海新闻记者 蔺君妍')).not.toBeNull();
    expect(furnitureShape('今天是政协成立75周年纪念日')).toBeNull();
  });

  it('reads a page title with its column, site and the site\'s owner after underscores as the headline repeated (ZZZZR zj-65)', () => {
    const head = '嵊州政协创新打造“四位一体”剡山系列读书体系';
    const candidates = ['网易体育', `${head}_市县政协_中国人民政治协商会议浙江省委员会_网易体育`, '网易体育', head].map((text, line) => ({ text, line }));
    const body = '当日，嵊州市政协全体委员齐聚剡山书院，深入学习网易体育总书记系列重要讲话精神，打造“四位一体”剡山系列读书体系。';
    expect(chooseTitle(candidates, body).title?.text).toBe(head);
    // A site's poll question, a column's name for the session's coverage (ZZZR sd-38, ZZZQ gz-36).
    expect(furnitureShape('•     您认为政协工作有哪些需要改进的地方?')).not.toBeNull();
    expect(furnitureShape('2019黔南两会专题报道')).not.toBeNull();
    // A paper's app banner (ZZZV hn-42).
    expect(furnitureShape('新湖南湖南日报新媒体')).not.toBeNull();
    // A WeChat copy's call to follow the account (ZZZW sx-44).
    expect(furnitureShape('点击上方蓝字关注“运城日报”')).not.toBeNull();
    expect(furnitureShape('市政协召开两会专题报道工作会议')).toBeNull();
    expect(furnitureShape('市政协主席姜明在第十二届委员会第四次会议上作常委会工作报告')).toBeNull();
    expect(furnitureShape('浙江法治报 数字报纸')).not.toBeNull();
    expect(furnitureShape('来源：新周口客户端 2018-08-24 16:12:37')).not.toBeNull();
    expect(furnitureShape('来源：新周口客户端')).toBeNull();
    expect(furnitureShape('00007版：平安')).not.toBeNull();
    expect(furnitureShape('A03版：要闻')).not.toBeNull();
    expect(furnitureShape('重庆政协报')).not.toBeNull();
    expect(furnitureShape('国内统一刊号：CN50-0064')).not.toBeNull();
    expect(furnitureShape('微信公众平台：CQZXB999')).not.toBeNull();
    expect(furnitureShape('按日期搜索')).not.toBeNull();
    // A committee's formal name cut to its place, and a listing's metadata rows (xj-05, fj-71, zj-71);
    // not a headline that goes on.
    expect(furnitureShape('中国人民政治协商会议塔什库尔干塔吉克自治县')).not.toBeNull();
    expect(furnitureShape('中国人民政治协商会议塔什库尔干塔吉克自治县第十届委员会第一次会议开幕')).toBeNull();
    expect(furnitureShape('内容出处： | 《德化县志》 图书 |')).not.toBeNull();
    expect(furnitureShape('| 所在地区： | 浙江-温州-瓯海区 | 发布日期： | 2025年8月12日 |')).not.toBeNull();
    // A timestamp with its view count (sn-69).
    expect(furnitureShape('2025-06-28 15:37:41 2次')).not.toBeNull();
    // An e-paper's edition line (cq-38).
    expect(furnitureShape('版次：02 作者：廖秋平2024年03月01日')).not.toBeNull();
    // A copy's widgets (gx-23, sc-14, sn-09, nm-74).
    expect(furnitureShape('字体大小：[小中大]')).not.toBeNull();
    // A site's name with its owner's address (yn-1147), and a committee's site's links to its members' and proposals'
    // systems (tj-1113, sc-1139), not a headline on a platform opened.
    expect(furnitureShape('昆明市盘龙区人民政府 www.kmpl.gov.cn')).not.toBeNull();
    expect(furnitureShape('政府信息公开指南')).not.toBeNull();
    expect(furnitureShape('委员办公平台')).not.toBeNull();
    expect(furnitureShape('朝天政协 - 提案管理系统')).not.toBeNull();
    expect(furnitureShape('电子邮件系统')).not.toBeNull();
    // A screen reader's hint (sh-1137) and an app's prompt to pin the site (林草网群 使用指南添加到桌面).
    expect(furnitureShape('正文内容区域请使用tab按钮切换浏览')).not.toBeNull();
    expect(furnitureShape('林草网群 使用指南添加到桌面')).not.toBeNull();
    expect(furnitureShape('市政协委员履职平台正式上线')).toBeNull();
    // A site's owner credit with no label (he-1196), not a headline on an event a committee holds.
    expect(furnitureShape('长城新媒体集团  主办')).not.toBeNull();
    expect(furnitureShape('河北日报社主办')).not.toBeNull();
    expect(furnitureShape('首届政协委员书画展由县政协主办')).toBeNull();
    // …its sizes cut off after the bracket (hb-1184), but not a headline about type.
    expect(furnitureShape('字体大小：【')).not.toBeNull();
    expect(furnitureShape('字体大小:【')).not.toBeNull();
    expect(furnitureShape('字号：政协委员读书会')).toBeNull();
    expect(furnitureShape('Page 56 - 木里藏族自治县年鉴（2021）')).not.toBeNull();
    expect(furnitureShape('今天是：')).not.toBeNull();
    expect(furnitureShape('赤峰翻译公司 赤峰翻译公司 赤峰翻译公司')).not.toBeNull();
    expect(furnitureShape('下面就是小编给大家分享的政协简报范文，本文共18篇，希望大家喜欢')).not.toBeNull();
    // An archive site's names (sd-72).
    expect(furnitureShape('山东地方志资料归档')).not.toBeNull();
    expect(furnitureShape('山东地情档案')).not.toBeNull();
    expect(furnitureShape('站内搜索：')).not.toBeNull();
    // …and a search box with its links beside it (ZZZZZZZZZZZZZZZZZZZZZQ bj-427), not a headline that opens with the word.
    expect(furnitureShape('搜索 海报新闻 媒体矩阵')).not.toBeNull();
    expect(furnitureShape('搜索引擎助力政协委员履职')).toBeNull();
    expect(furnitureShape('- 全国政协召开远程协商会 广西设分会场 孙大伟出席')).not.toBeNull();
    expect(furnitureShape('版面翻页')).not.toBeNull();
    expect(furnitureShape('新闻热线：0579-82532488 0579-82305868')).not.toBeNull();
    expect(furnitureShape('首页>协商>政协动态')).not.toBeNull();
    // ln-83, hl-84, js-85 (development set): a menu bar, a column name, a date with a hit count.
    expect(furnitureShape('首 页 政协动态 协商建言 委员声音 主席日志 正商量 议政瞬间 委员聊辽')).not.toBeNull();
    expect(furnitureShape('重要活动')).not.toBeNull();
    expect(furnitureShape('2012/09/05 | 597')).not.toBeNull();
    // A page's clock and a site's name with its address (fj-07, yn-62).
    expect(furnitureShape('2025年11月23日 星期日')).not.toBeNull();
    expect(furnitureShape('昭通政协网：www.ztszx.gov.cn')).not.toBeNull();
    expect(furnitureShape('2025年11月23日召开第一次会议')).toBeNull();
    // A column of the lower committees' news, a story's credit, a media centre's byline, a library's
    // name over a copy (zj-13, gz-16, hn-37).
    expect(furnitureShape('县(市)区政协')).not.toBeNull();
    expect(furnitureShape('讲述人:贵州省雷山县政协主席 韦通贤')).not.toBeNull();
    expect(furnitureShape('麻江县融媒体中心 欧清兰 张安俊 刘书发')).not.toBeNull();
    expect(furnitureShape('祁东县图书馆')).not.toBeNull();
    expect(furnitureShape('县政协召开主席会议')).toBeNull();
    // A timestamp with the outlet before its editor (he-64).
    expect(furnitureShape('2021-01-26 13:59 新邯郸客户端 编辑:王梦洁')).not.toBeNull();
    expect(furnitureShape('中国政府网  |  西藏自治区人民政府网')).not.toBeNull();
    // sn-94, sd-94.
    expect(furnitureShape('2023-10-17 20:08:59 来源：各界新闻网')).not.toBeNull();
    expect(furnitureShape('欢迎来访 东昌府新闻网-聊城视音频新闻门户网站')).not.toBeNull();
    expect(furnitureShape('手机网站  |   帮助中心')).not.toBeNull();
    expect(furnitureShape('哈尔滨市人民政府地方志办公室门户网站')).not.toBeNull();
    // he-55: a breadcrumb label with nothing after it, a font-size switch with the date.
    expect(furnitureShape('您当前所在的位置: |')).not.toBeNull();
    expect(furnitureShape('【字体:大 中 小】 发布日期:2018-03-15 |')).not.toBeNull();
    expect(furnitureShape('字号：大 中 小')).not.toBeNull();
    // jx-57: a committee site's weather widget and notice board.
    expect(furnitureShape('今天是  天气：')).not.toBeNull();
    expect(furnitureShape('重要通知：')).not.toBeNull();
    expect(furnitureShape('内容导航:')).not.toBeNull();
    // nm-59: a photo's caption over the story.
    expect(furnitureShape('开幕会会场')).not.toBeNull();
    // sn-00: an e-paper's labels.
    expect(furnitureShape('通版阅读请点击:')).not.toBeNull();
    expect(furnitureShape('当前版:02版')).not.toBeNull();
    // cq-53, yn-53, gd-58: a counter, a report's speaker under its title, a committee's formal name alone.
    expect(furnitureShape('|   2023-02-28   阅读量：')).not.toBeNull();
    expect(furnitureShape('普洱市政协副主席 左永平')).not.toBeNull();
    expect(furnitureShape('政协东莞市委员会')).not.toBeNull();
    expect(furnitureShape('◎刘剑钊 张明')).not.toBeNull();
    // (…a writer's post and name after the mark: he-736.)
    expect(furnitureShape('■ 邢台市政协委员 王建华')).not.toBeNull();
    expect(furnitureShape('最美政协委员 王建华')).toBeNull();
    // hb-58, hn-55, nx-54: a photo caption of one person speaking, template sites' titles.
    expect(furnitureShape('市政协副主席郑文成讲话')).not.toBeNull();
    expect(furnitureShape('政协简报范文')).not.toBeNull();
    expect(furnitureShape('在202_年全市政协工作经验交流会上的讲话（全文5篇）')).not.toBeNull();
    expect(furnitureShape('市政协主席李四在全市政协工作会议上讲话')).toBeNull();
    // ah-56: the page's own title with its column and site after bars.
    expect(furnitureShape('市政协开展委员进社区活动 丁志友率队 - 社会 - 法治天天报')).not.toBeNull();
    expect(furnitureShape('市政协开展委员进社区活动 丁志友率队')).toBeNull();
    expect(furnitureShape('普洱市政协副主席左永平作常委会工作报告')).toBeNull();
    expect(furnitureShape('县政协召开常委会会议')).toBeNull();
    // gx-22: a site's banner with what the site is, and its contact lines.
    expect(furnitureShape('广西政协报新闻中心（广西政协报创办的权威新闻综合网站）')).not.toBeNull();
    expect(furnitureShape('投稿邮箱')).not.toBeNull();
    // hb-67: rows of a sidebar's column names; a headline of parallel phrases is none.
    expect(furnitureShape('委员风采 委员建言')).not.toBeNull();
    expect(furnitureShape('主席会议 常委会会议 全体会议')).not.toBeNull();
    expect(furnitureShape('奋斗新时代 担负新使命 干出新样子')).toBeNull();
    expect(furnitureShape('主 席孙 伟')).not.toBeNull();
    expect(furnitureShape('副主席 尔肯江•吐拉洪 张柏青 马旭明')).not.toBeNull();
    expect(furnitureShape('主席孙伟调研谷城县政协工作')).toBeNull();
    // hb-26: an e-paper's page number and name.
    expect(furnitureShape('第013版：监利新闻')).not.toBeNull();
    expect(furnitureShape('第A02版：专版')).not.toBeNull();
    // (…its section's letters first, its name a page number too: ha-743.)
    expect(furnitureShape('第CB-A05版: 晨报13版')).not.toBeNull();
    // …and its page turner with the day's date (ZZZZZZZZZZZZZZZZZZZZZZZZZY gs-539), not a headline of that day.
    expect(furnitureShape('前一版 2023年07月27日')).not.toBeNull();
    expect(furnitureShape('后一版')).not.toBeNull();
    expect(furnitureShape('前一版本的提案办理办法废止')).toBeNull();
    // js-32, zj-32: a news app's name, a footer's network credit.
    expect(furnitureShape('今日高邮APP')).not.toBeNull();
    expect(furnitureShape('头条号')).not.toBeNull();
    // …but not news of a committee's channel or release, nor one mentioning network support.
    for (const headline of ['市政协开通官方微博', '县政协开通委员履职微信号', '县政协发布：2024年重点协商计划', '权威发布：2023年县政协十大民生提案', '市政协为乡村振兴提供网络支持'])
      expect(furnitureShape(headline), headline).toBeNull();
    // hb-74: HTML tags a spam copy left above the story.
    expect(furnitureShape('<delect id="h4sia"></delect>')).not.toBeNull();
    expect(furnitureShape('• <input id="h4sia"><address id="h4sia"></address>')).not.toBeNull();
    // sc-08: a column name with its bar.
    expect(furnitureShape('工作动态 |')).not.toBeNull();
    expect(furnitureShape('政协动态')).not.toBeNull();
    // …and one of news items (信息) over the page (ZZZZZZZZZZZZZZZZZZZZZT hl-430); not a headline on them.
    expect(furnitureShape('疫情工作信息')).not.toBeNull();
    // A byline with a name before the outlet (ZZZZZZZZZZZZZZZZZZZZZZE sc-441), a forum's stamp with its poster
    // (ZZZZZZZZZZZZZZZZZZZZZZF sc-442), a column's name with its pinyin (ZZZZZZZZZZZZZZZZZZZZZZB cq-438).
    expect(furnitureShape('杨海燕 四川在线记者 祖明远')).not.toBeNull();
    expect(furnitureShape('叙永政协 发表于 2020-9-9 16:45:31')).not.toBeNull();
    expect(furnitureShape('政协公告 Zhengxie Gonggao')).not.toBeNull();
    expect(furnitureShape('叙永县政协发表于新冠肺炎疫情防控一线的倡议书')).toBeNull();
    expect(furnitureShape('县政协召开社情民意信息工作会议')).toBeNull();
    // gx-62: a column name after 当前位置, and photo captions (图为…).
    expect(furnitureShape('政协新闻')).not.toBeNull();
    expect(furnitureShape('图为市政协副主席覃泽芬在会上发言')).not.toBeNull();
    // (…in brackets too: ZZZZZZZZZZZZZZZC gs-257.)
    expect(furnitureShape('（图为天水分会场）')).not.toBeNull();
    expect(furnitureShape('高邮市融媒体中心  新闻线索：0514-84683100  网络辟谣')).not.toBeNull();
    expect(furnitureShape('手机版')).not.toBeNull();
    expect(furnitureShape('杭州网・千岛湖网 网络支持：杭州网络传媒有限公司')).not.toBeNull();
    // fj-80, nm-37: an e-paper reader's labels.
    expect(furnitureShape('电子报阅读机')).not.toBeNull();
    expect(furnitureShape('当前报纸名称：闽东日报')).not.toBeNull();
    expect(furnitureShape('版面：第01版：要闻       上一篇    下一篇')).not.toBeNull();
    // (ZZZZZZZZZZZZZZZJ hn-264, ZZZZZZZZZZZZZZZH gz-262: its page label, its page turner, its date with the zoom buttons.)
    expect(furnitureShape('第A01：版面一')).not.toBeNull();
    expect(furnitureShape('上一版3   4下一版')).not.toBeNull();
    expect(furnitureShape('2022年01月09日 星期日 放大 缩小 默认')).not.toBeNull();
    expect(furnitureShape('第3届：版面设计大赛')).toBeNull();

    // (ZZZZZZZZZZZZZZZS sx-273: a dateline and its reporter alone on a line.)
    expect(furnitureShape('本网山西讯：李惠建')).not.toBeNull();
    expect(furnitureShape('本网讯县政协召开全会')).toBeNull();
    expect(furnitureShape('星期五')).not.toBeNull();
    // sc-78: a reporter's byline, its outlet before it.
    expect(furnitureShape('四川在线记者 陈婷')).not.toBeNull();
    expect(furnitureShape('记者 万笑影')).not.toBeNull();
    expect(furnitureShape('记者节前夕市政协慰问新闻工作者')).toBeNull();
    // sn-30: a row of links to the committees above the site's own.
    expect(furnitureShape('中国人民政治协商会议全国委员会 中国人民政治协商会议陕西省委员会 中国人民政治协商会议宝鸡市委员会')).not.toBeNull();
    expect(furnitureShape('第一次全体会议召开')).toBeNull();
    expect(furnitureShape('北部湾六市政协跨区域协商座谈会在邕召开（图）')).toBeNull();
  });

  it('knows a speaker\'s tag in a meeting\'s script and prefers a headline to the subhead under it (ZZZZZZZT zj-70, ZZZZZZZS gx-69)', () => {
    expect(furnitureShape('【主持人')).not.toBeNull();
    // (A session's special-topic column over its story, ZZZZZZZZA js-77.)
    expect(furnitureShape('十四届三次专题')).not.toBeNull();
    // (A report's date alone in brackets under its missing title, ZZZZZZZW qh-73.)
    expect(furnitureShape('(2023年6月16日)')).not.toBeNull();
    expect(furnitureShape('【字体:')).not.toBeNull();
    expect(furnitureShape('【县政协】召开常委会议')).toBeNull();
    const candidates = ['河池', '河池市都安瑶族自治县政协以高质量履职助力高质量发展纪实', '在“谋”字上聚智破题 在“成”字上落脚发力', '——都安瑶族自治县政协以高质量履职助力高质量发展纪实'].map((text, line) => ({ text, line }));
    const body = '4篇调研报告均得到县委主要领导的批示。探索建立的“1+13+N”协商机制，以更加成熟更加定型的制度集成为政协履职赋能增效。都安瑶族自治县政协以高质量履职助力高质量发展。';
    expect(chooseTitle(candidates, body).title?.text).not.toMatch(/^——/);
  });

  it('prefers a headline to the page\'s own title with column and site after bars, and to the site name before it (zj-11)', () => {
    const candidates = ['省政协推介6个“创新案例”_政协要闻_中国人民政治协商会议浙江省委员会', '浙江政协履职服务综合平台', '省政协推介6个“创新案例”'].map((text, line) => ({ text, line }));
    const body = '今年省政协组织开展了创新案例推荐活动。近日，省政协办公厅印发通知，对这6个“创新案例”予以推介。';
    expect(chooseTitle(candidates, body).title?.text).toBe('省政协推介6个“创新案例”');
    expect(furnitureShape(candidates[0].text)).toMatch(/bars/);
  });

  it('prefers a long headline to the society\'s name over it, the column a portal reprints it under (sc-626)', () => {
    const head = '老旧小区怎么改 政协协商搭平台 倾听民意面对面 雨事有您来商量 ——雨城区政协召开同心共建现代化雨城暨老旧小区改造院坝议事会';
    const candidates = ['四川法制网', '法治文化研究会', head].map((text, line) => ({ text, line }));
    const body =
      '来源:雨城区政协人环资委、研究室\n为扎实推进“同心共建现代化雨城”专项行动,积极助力雨城区老旧小区改造提升工作,雨城区政协连续两年将“老旧小区改造”作为协商议题,多次深入街道、社区、大院进行走访调研。\n近日,雨城区政协在西城街道西大街社区开展老旧小区改造院坝议事会。';
    expect(chooseTitle(candidates, body).title?.text).toBe(head);
    expect(furnitureShape('法治文化研究会')).not.toBeNull();
    // (A headline about such a body's meeting is news: sx-05.)
    expect(furnitureShape('晋中市政协召开迎春联谊会')).toBeNull();
    expect(furnitureShape('全县文艺工作者联谊会')).not.toBeNull();
  });

  it('prefers the headline to a photo caption printed twice in a row, and knows a dated site name and a site badge (bj-03, jl-80, gx-03)', () => {
    const candidates = ['北京市东城区政协主席宋铁健带队赴上海学习考察', '东城区政协与黄浦区政协座谈交流', '东城区政协与黄浦区政协座谈交流'].map((text, line) => ({ text, line }));
    const body = '为深入贯彻落实重要思想，东城区政协主席宋铁健带队赴上海学习考察。\n东城区政协与静安区政协座谈交流\n此次考察旨在通过学习座谈交流两区政协的经验和做法。';
    expect(chooseTitle(candidates, body).title?.text).toBe('北京市东城区政协主席宋铁健带队赴上海学习考察');
    expect(furnitureShape('中国人民政治协商会议吉林市委员会| 2017-05-31')).not.toBeNull();
    expect(furnitureShape('网站支持IPv6')).not.toBeNull();
    // (…beside the page's clock, and an image's name left as a line: bj-633, nm-637.)
    expect(furnitureShape('今天是 | 支持IPv6网络')).not.toBeNull();
    expect(furnitureShape('素材火翻译公司banner')).not.toBeNull();
    expect(furnitureShape('澎湃Logo')).not.toBeNull();
    expect(furnitureShape('区政协召开网络安全工作会议')).toBeNull();
    // (…and a reporter's photo credit: sc-646.)
    expect(furnitureShape('四川新闻网-首屏新闻记者 杨颜铭 摄影报道')).not.toBeNull();
    expect(furnitureShape('市政协组织委员开展摄影采风活动')).toBeNull();
    // The sessions' banner over a 两会 column (zj-611); a session's opening is news.
    expect(furnitureShape('桐乡市十五届人大五次会议 桐乡市政协八届五次会议')).not.toBeNull();
    expect(furnitureShape('桐乡市政协八届五次会议开幕')).toBeNull();
    // sc-33: a paper's masthead with its date.
    expect(furnitureShape('《甘孜日报》 2013年11月27日')).not.toBeNull();
    expect(furnitureShape('甘孜日报社举办2013年通讯员培训班')).toBeNull();
    // sn-04, zj-17: a scraper's tag on a site's name, a picture's disclaimer.
    expect(furnitureShape('R8c安康新闻网')).not.toBeNull();
    expect(furnitureShape('（资料图片仅供参考）')).not.toBeNull();
    // hb-77: a photo's caption of people at a place.
    expect(furnitureShape('人大代表在西关印象视察')).not.toBeNull();
    // ZZZZZZZZZZZA js-151: a line marked with a triangle, as under a photo, whatever it says; not a sentence so marked.
    expect(furnitureShape('△会议现场')).not.toBeNull();
    // ZZZZZZZZZZZG cq-157: the special issue an e-paper prints a page of.
    expect(furnitureShape('2016两会特刊')).not.toBeNull();
    expect(furnitureShape('会议专刊')).not.toBeNull();
    // ZZZZZZZZZZZQ hb-167: a mobile paper's dated edition, and the day's date with its lunar date and weekday.
    expect(furnitureShape('2021年1月6日手机报')).not.toBeNull();
    expect(furnitureShape('2021年1月6日 农历十一月二十三 星期三')).not.toBeNull();
    expect(furnitureShape('石首手机报开设政协专栏')).toBeNull();
    // ZZZZZZZZZZZZM he-189: a portal's column for a year's sessions over each story.
    expect(furnitureShape('2018河北两会')).not.toBeNull();
    expect(furnitureShape('聚焦两会')).toBeNull();
    // ZZZZZZZZZZZT sh-170: a document site's file name, cut short with dots.
    expect(furnitureShape('中国人民政治协商会议上海市闵行区委员会委员履职积分管理....doc')).not.toBeNull();
    expect(furnitureShape('关于印发《委员履职积分管理办法》的通知')).toBeNull();
    expect(furnitureShape('△县委书记徐华明出席会议')).not.toBeNull();
    expect(furnitureShape('▲3月4日，市政协召开十五届四十七次主席会议。')).toBeNull();
    // An e-paper's jump line, a hotline with a space for its colon, a periodical site's link label.
    expect(furnitureShape('（上接第一版）')).not.toBeNull();
    expect(furnitureShape('(下转2版)')).not.toBeNull();
    expect(furnitureShape('新闻热线 0571-85310961')).not.toBeNull();
    expect(furnitureShape('论文部分内容阅读')).not.toBeNull();
    expect(furnitureShape('县政协召开第三次全体会议')).toBeNull();
    // sc-38: an outlet's name, a space, then its reporters.
    expect(furnitureShape('川观新闻 记者 陈婷 田珊')).not.toBeNull();
    // nm-23, qh-23: a file picture's label, a portal's bar with its site map.
    expect(furnitureShape('（资料图片）')).not.toBeNull();
    expect(furnitureShape('央视网|中国网络电视台|网站地图 |')).not.toBeNull();
    // gz-97: photo captions of the platform's people between the paragraphs of a session's report.
    expect(furnitureShape('县政协主席黎滨江')).not.toBeNull();
    expect(furnitureShape('县委副书记、县人民政府县长田兴国')).not.toBeNull();
    expect(furnitureShape('县政协召开主席会议')).toBeNull();
    expect(furnitureShape('市政协主席一行')).toBeNull();
    // A login box's line (ZZZZZZZZZZZZZZZZL gd-292), never a headline that opens with the word.
    expect(furnitureShape('登录湛江云媒账号')).not.toBeNull();
    expect(furnitureShape('注册/登录')).not.toBeNull();
    expect(furnitureShape('注册会计师协会召开座谈会')).toBeNull();
    // A site's domain crediting the page (jl-1007).
    expect(furnitureShape('chinamhl.com提供')).not.toBeNull();
    // A member by post and name over an interview (xj-999); never what members do.
    expect(furnitureShape('新疆维吾尔自治区政协委员王西华')).not.toBeNull();
    expect(furnitureShape('出席市政协五届四次会议的政协委员报到')).toBeNull();
    expect(furnitureShape('市政协委员视察')).toBeNull();
    // (…a forum's offer before it, gd-997; a government site's title bar, gz-992; a site's maker, yn-992.)
    expect(furnitureShape('免费注册 登录')).not.toBeNull();
    expect(furnitureShape('基层动态 - 西秀区人民政府')).not.toBeNull();
    expect(furnitureShape('制作单位：玉溪网新媒体发展有限公司')).not.toBeNull();
    expect(furnitureShape('院坝协商进田间 金刺梨管护培训解民忧 ——西秀区岩腊乡政协联络委组织活动助力特色产业发展')).toBeNull();
    // A link to the outlet's mobile site (ZZZZZZZZZZZZZZZZZP gd-322), and a bulletin's dated line under an
    // empty picture (fj-322).
    expect(furnitureShape('台湾网移动版')).not.toBeNull();
    expect(furnitureShape('![]() 2015年1月16日（星期五）')).not.toBeNull();
    expect(furnitureShape('政协移动履职平台上线移动版')).toBeNull();
    // A byline, names with 记者 between (ZZZZZZZZZZZZZZZZZX sc-330).
    expect(furnitureShape('袁鹰 本报记者 姜寒冬')).not.toBeNull();
    // A site's name with its motto quoted, and a web directory's entry for a site (ZZZZZZZZZZZZZZZZZZD sd-336, ZZZZZZZZZZZZZZZZZZB hb-334).
    expect(furnitureShape('“协商民主第一窗”联合网')).not.toBeNull();
    expect(furnitureShape('政协黄石市委员会官网，教育，政府组织，地方政府网站。')).not.toBeNull();
    expect(furnitureShape('“有事好商量”协商平台上线')).toBeNull();
    expect(furnitureShape('市政协官网正式上线运行')).toBeNull();
    // …nor someone meeting the official (ZZZZZZZZZZZZZZZZH hl-288's headline).
    expect(furnitureShape('张庆伟在哈拜会全国政协副主席陈晓光')).toBeNull();
    expect(furnitureShape('市委书记会见省政协副主席李明')).toBeNull();
    // A caption that says where each person stands (nm-92's headline slot holds one).
    expect(furnitureShape('赵永亮（左一）为大家介绍情况')).not.toBeNull();
    expect(furnitureShape('自治县政协副主席王才军(左三)到云贵乡视察安全生产工作')).not.toBeNull();
    expect(furnitureShape('县政协主席（左二）会见来访客人，并就合作进行交流。双方表示将继续加强联系。')).toBeNull();
    expect(furnitureShape('县政协组织委员在滨河七拱桥视察')).toBeNull();
    expect(furnitureShape('安康新闻网报道市政协会议')).toBeNull();
  });

  it('reads a breadcrumb trail that ends in the headline printed below it as furniture (hi-1020)', () => {
    const head = '转载:大会发言 | 李孟森:加强与大湾区联动发展';
    const candidates = ['欢迎光临中国致公党海南省委员会官方网', `党内要闻 - 省委要闻 - ${head}`, '省委要闻', head].map((text, line) => ({ text, line }));
    const body = '【编者按】1月28日,海南省政协八届四次会议举行第二次全体会议,14名委员围绕发展蓝碳经济等主题畅所欲言。\n加强海南自贸港与粤港澳大湾区联动发展';
    expect(chooseTitle(candidates, body).title?.text).toBe(head);
  });

  it('never takes the site\'s name that its breadcrumb opens with for the headline (tj-44)', () => {
    const site = '威斯尼斯人wns145585-正版威斯尼斯人8206下载安装 |';
    const candidates = [site, '|', '您当前的位置 : 威斯尼斯人wns145585-正版威斯尼斯人8206下载安装 >> 新闻 >> 时政 |'].map((text, line) => ({ text, line }));
    const body = '5月7日,民进天津市委会双城间绿色生态屏障建设专项民主监督工作组到西青区进行视察调研。';
    expect(chooseTitle(candidates, body).title).toBeNull();
    expect(chooseTitle([{ text: '民进天津市委会到西青区视察调研', line: 0 }, ...candidates.slice(1)], body).title?.text).toBe('民进天津市委会到西青区视察调研');
  });

  it('reads the page\'s title bar (the headline, then column, editor and number after a space) as furniture, not a headline and its subhead (jl-42, gx-48)', () => {
    const bar = '省政协召开常委会议 省内新闻-吉林新闻地图 李超 2809975';
    const candidates = [bar, '有思想 / 有温度 / 有品质', bar, '省政协召开常委会议'].map((text, line) => ({ text, line, underBreadcrumb: line === 3 }));
    const body = '本报1月29日讯(记者粘青)今天上午，省政协主席江泽林主持召开省政协十二届七次常委会议。会议审议通过有关选举事项。';
    expect(chooseTitle(candidates, body).title?.text).toBe('省政协召开常委会议');
    expect(furnitureShape('有思想 / 有温度 / 有品质')).not.toBeNull();
    // A headline and subhead on one line, printed apart below, stay one headline.
    const joined = '厚植“生态绿” 共护“幸福水” 天峨县政协助推龙滩库区水资源保护利用';
    const printed = [joined, '厚植“生态绿” 共护“幸福水”', '天峨县政协助推龙滩库区水资源保护利用'].map((text, line) => ({ text, line }));
    expect(chooseTitle(printed, '天峨县政协组织委员助推龙滩库区水资源保护利用，厚植生态绿。').scores[0].why).not.toContain("another line's headline with the page's furniture after it");
  });

  it('reads a headline with its reporter\'s credit run on, the punctuation dropped, as the portal\'s title slot, not the headline (sc-855)', () => {
    const slot = '让草原增绿牧业增效牧民增收记者郝勇省政协';
    const head = '让草原增绿、牧业增效、牧民增收';
    const candidates = [slot, head].map((text, line) => ({ text, line }));
    const body = '本报讯(记者 郝勇)5月4日，省政协十届五次会议第11号重点提案督办现场会在蓉举行，让草原增绿、牧业增效、牧民增收。';
    expect(chooseTitle(candidates, body).title?.text).toBe(head);
    // (A longer headline that goes on past a shorter one, no credit after it, stays a headline.)
    expect(chooseTitle([{ text: '让草原增绿牧业增效牧民增收 省政协督办重点提案', line: 0 }, { text: head, line: 1 }], body).scores[0].why).not.toContain(
      "another line's headline with its reporter's credit run on",
    );
  });

  it('takes no word or two (提案, 两会) nor a row of papers\' names for a headline, however much the story repeats them (xz-33)', () => {
    const candidates = ['《西藏日报》 《西藏日报藏文版》 《人民日报藏文版》 《西藏商报》', '两会', '提案'].map((text, line) => ({ text, line }));
    const body = '1月3日，记者从自治区政协十一届五次会议上获悉，广大政协委员共提交提案384件，立案361件。提案工作为推动决策科学化作出了积极贡献。';
    expect(chooseTitle(candidates, body).title).toBeNull();
    expect(chooseTitle(candidates.slice(2), body).scores[0].why).toContain('a column label, too short for any headline');
  });

  it('reads an e-paper\'s strip of its page\'s headlines (璧山：… 永川：…) as no headline where one of them stands alone, and a new model (新模板) as no template site (ZZZZZZT cq-33)', () => {
    const strip = '重庆政协报统战政协 新征程上新样子 璧山：打造农贸市场新模板 永川：我们这样讲好非遗故事 涪陵：助力数字经济扬帆起航';
    const candidates = [strip, '统战政协', '璧山：打造农贸市场新模板'].map((text, line) => ({ text, line }));
    const body = '2月27日下午，璧山区政协十届五次会议会中办理提案协商会上，提案代表胡玲介绍农贸市场提案。为改善农贸市场环境，打造新模板。';
    expect(chooseTitle(candidates, body).title?.text).toBe('璧山：打造农贸市场新模板');
    expect(furnitureShape('璧山：打造农贸市场新模板')).toBeNull();
    expect(furnitureShape('政协简报模板')).not.toBeNull();
  });

  it('takes a row of the writers\' names (宋玉婷 张治东) for no headline (ZZZZZZZA hn-76)', () => {
    expect(furnitureShape('宋玉婷 张治东')).toBe('a row of names (the writers)');
    expect(chooseTitle([{ text: '宋玉婷 张治东', line: 0 }], '2018年，是吉首摆脱千年贫困、步入全面小康的第一年。吉首市政协履行三大职能。宋玉婷报道。').title).toBeNull();
  });

  it('reads a headline with its site after a dash (…列席——中新网) as the title bar, though the dateline names the site (ZZZZZZO gd-68)', () => {
    const head = '江门市新会区政协会议首邀九位海外华侨代表列席';
    const candidates = [`${head}——中新网`, '本页位置: 首页新闻中心中国侨界', `    ${head}`].map((text, line) => ({ text, line }));
    const body = '中新网1月28日电 据广东省侨联网消息,1月19日下午,广东省江门市新会区政协召开十三届五次会议,这次会议首次邀请了9名海外华侨代表列席。';
    expect(chooseTitle(candidates, body).title?.text.trim()).toBe(head);
  });

  it('takes a column\'s name set letter-spaced (年 度 视 察) for no headline, nor for the page\'s first line (ZZZZZZD cq-58)', () => {
    const candidates = ['年 度 视 察', '让学生动起来', '市政协委员年度视察团第一分团开展视察'].map((text, line) => ({ text, line }));
    const body = '11月22日，市政协副主席宋爱荣率市政协委员年终视察团第一分团走进徐悲鸿中学开展视察，围绕提升中小学生体质健康建言献策。年度视察让学生动起来。';
    const choice = chooseTitle(candidates, body);
    expect(choice.title?.text).not.toBe('年 度 视 察');
    expect(choice.scores[0].why).toContain('a column label, letter-spaced');
    expect(choice.scores[1].why).toContain('the first line of the page that is not furniture');
  });

  it('takes a deck of who chaired and attended (王建林主持) for no headline, even over a headline printed twice (sx-98, hn-84)', () => {
    const head = '十三届市政协召开第四十八次主席会议';
    const candidates = [head, head, '吴曙光主持会议并讲话'].map((text, line) => ({ text, line }));
    const body = '3月2日，十三届市政协召开第四十八次主席会议，市政协主席吴曙光主持会议并讲话。';
    expect(chooseTitle(candidates, body).title?.text).toBe(head);
    expect(chooseTitle([{ text: '王建林主持', line: 0 }], '8月4日，市政协召开第七十次主席会议，市政协主席王建林主持。').title).toBeNull();
    // A headline that goes somewhere before attending is no deck.
    expect(chooseTitle([{ text: '韩泽生率队赴澳门出席', line: 0 }], '韩泽生率队赴澳门出席港澳政协委员联谊交流活动。').title?.text).toBe('韩泽生率队赴澳门出席');
    // …and one of who spoke too, under the headline (ZZZZZZZZZZZZZZZZZZZZZZZZQ hn-505).
    const closing = '市政协六届五次会议闭幕';
    const deck = [closing, '许忠建讲话 韦朝晖出席 牛顺生主持'].map((text, line) => ({ text, line }));
    expect(chooseTitle(deck, '12月27日下午，政协怀化市第六届委员会第五次会议胜利闭幕。许忠建讲话，韦朝晖出席，牛顺生主持。').title?.text).toBe(closing);
    // A share widget's prompt is no headline either (ZZZZZZZZZZZZZZZZZZZZZZZZP sc-504).
    expect(furnitureShape('微博扫一扫 关注微博号')).not.toBeNull();
    expect(furnitureShape('用微信扫描二维码')).not.toBeNull();
    expect(furnitureShape('政协委员扫码入会开展协商')).toBeNull();
  });

  it('never takes a deck of who attended and who accompanied for the headline, however much of the story it names (sc-679)', () => {
    const body = '7月8日至9日，省政协副主席杨克宁一行莅临眉山市，调研竹产业融合发展情况。市委书记慕新海出席相关活动，市政协主席、党组书记吴小可陪同调研。';
    expect(chooseTitle([{ text: '慕新海出席 吴小可陪同', line: 0 }], body).title).toBeNull();
    // A headline that ends in who accompanied is still one (ah-37).
    const headline = '驻滁州省政协委员来宜考察张金锐陪同';
    expect(chooseTitle([{ text: headline, line: 0 }], '本报讯 10月30日，驻滁州省政协委员来安庆市考察。市政协主席张金锐陪同考察。').title?.text).toBe(headline);
  });

  it('takes a few words over a headline twice as long that tells the story as well for the column, not the headline (nm-679)', () => {
    const headline = '兴安盟文化旅游体育局对盟政协 第十届三次会议第0253号提案的答复';
    const candidates = [{ text: '建议提案办理', line: 0 }, { text: headline, line: 2 }];
    const body = [
      '孟昭山委员:',
      '您提出的《关于加强我盟非物质文化遗产的保护传承的提案》收悉,非常感谢您对兴安盟非物质文化遗产事业的关心和支持,您的建议为我们非遗保护传承工作提供了重要参考,我们进行了认真地学习与研究,现就您的提案答复如下',
      '近年来,随着社会各界对非遗保护工作的重视,盟文化旅游体育局以实现整体保护和活态传承、活力再现为目的,以建立健全非物质文化遗产保护名录体系为基础,以项目培育和建章立制为重点,不断加强非遗保护、保存工作力度。',
    ].join('\n');
    expect(chooseTitle(candidates, body).title?.text).toBe(headline);
    // A short headline over its subtitle after a dash stays the headline (fj-08).
    const short = [{ text: '聚贤汇智谱华章', line: 0 }, { text: '——秀屿区政协实干争先助推“港产城”融合高质量发展', line: 2 }];
    expect(chooseTitle(short, '秀屿区政协聚贤汇智谱华章，实干争先助推“港产城”融合高质量发展。').title?.text).toBe('聚贤汇智谱华章');
  });

  it('knows a blog engine\'s row of author handle and age, and never takes a body\'s name under the breadcrumb as the headline (ZZZZZK sd-84)', () => {
    expect(furnitureShape('admin1年前 (2024-09-29)济宁产业信息45')).not.toBeNull();
    // (ZZZZZM gx-86: a repost's credit line.)
    expect(furnitureShape('本文转自：人民网-广西频道')).not.toBeNull();
    expect(furnitureShape('admin2024年工作总结')).toBeNull();
    // …a handle in characters, with the category and views after it; not a headline looking back
    // (ZZZZZZZZZZZZZZZZZZZZZZZU xj-483); and a content farm's question about a place.
    expect(furnitureShape('文史通2年前历史故事问答332')).not.toBeNull();
    expect(furnitureShape('回首30年前的那场协商会议')).toBeNull();
    expect(furnitureShape('博州是哪个省的城市,博州属于哪个省')).not.toBeNull();
    expect(furnitureShape('县政协委员走进哪个村，就把协商带到哪里')).toBeNull();
    const body = [
      '在微山湖西岸鲁苏省际接界协商议事室内，一场以接界耕地保护为主题的协商会议正在召开，山东省济宁市鱼台县老砦镇和江苏省徐州市沛县龙固镇协商议事室成员展开热烈讨论。',
      '这是今年以来召开的第四次接界民主协商议事会，旨在解决鲁苏省际“插花地”范围内的卫片整改问题。',
      '早在2020年，鱼台县政协和沛县政协就探索推进两地接界协商，联合发文《关于发挥专门协商机构作用 开展接边联合协商的指导意见》，为进一步推动政协工作与边界互通、向基层延伸打下坚实基础。',
    ].join('\n');
    const candidates = [
      { text: '中国人民政治协商会议山东省委员会', line: 2, underBreadcrumb: true },
      { text: 'admin1年前 (2024-09-29)济宁产业信息45', line: 4 },
    ];
    expect(chooseTitle(candidates, body).title).toBeNull();
  });

  it('prefers the line under the breadcrumb to a portal menu word above it (qh-24)', () => {
    const candidates = [
      { text: '政府工作部门', line: 2 },
      { text: '【聚焦2026贵德两会】中国人民政治协商会议第十届贵德县委员会第六次会议开幕', line: 9, underBreadcrumb: true },
    ];
    const body = '2月10日上午，中国人民政治协商会议第十届贵德县委员会第六次会议在县会议中心开幕。县政府领导出席，会议听取常委会工作报告。';
    expect(chooseTitle(candidates, body).title?.line).toBe(9);
    expect(chooseTitle(candidates.map((c) => ({ ...c, underBreadcrumb: false })), body).title?.line).toBe(2);
  });

  it('reads the same headline over and under a date line as the page’s headline printed twice, not a photo caption (xj-05)', () => {
    const head = '政协塔什库尔干塔吉克自治县第十五届委员会第六次会议开幕';
    const candidates = [
      { text: head, line: 0 },
      { text: head, line: 2 },
      { text: '热烈祝贺', line: 3 },
      { text: '第十五届委员会第六次全体会议隆重开幕', line: 5 },
    ];
    const body = '1月20日下午，政协塔什库尔干塔吉克自治县第十五届委员会第六次会议在县会议中心开幕。';
    expect(chooseTitle(candidates, body).title?.text).toBe(head);
    // Right under itself, below another line, it is a photo's alt text and caption…
    const captioned = [{ text: '热烈祝贺', line: 0 }, { text: head, line: 1 }, { text: head, line: 2 }];
    expect(chooseTitle(captioned, body).scores[1].why).toContain('printed twice in a row, as a photo caption is');
    // …but the pair a page opens with is its <title> over its <h1> (ZZZZA xj-48).
    const turpan = ['吐鲁番市政协二届三次会议开幕', '吐鲁番市政协二届三次会议开幕', '马学良、克衣色尔·克尤木、师小华、买买提·沙吾提到会祝贺'].map((text, line) => ({ text, line }));
    const opening = '1月23日下午,中国人民政治协商会议吐鲁番市第二届委员会第三次会议开幕。马学良、克衣色尔·克尤木、师小华、买买提·沙吾提等在主席台就座,祝贺大会召开。';
    expect(chooseTitle(turpan, opening).title?.line).toBe(0);
    // …and so is the pair under only the site's owner's name (ah-1058).
    const farm = ['安徽农垦集团', '寿县政协主席调研推进场县合作', '寿县政协主席调研推进场县合作'].map((text, line) => ({ text, line }));
    const visit = '37,寿县政协主席戴克奎率队到地处县域内的省农垦正阳关、寿西湖农场调研,与两场领导商谈推进场县合作深化事宜。安徽农垦集团网站。';
    expect(chooseTitle(farm, visit).title?.line).toBe(1);
  });

  it('never takes a furniture-shaped line for the headline, however much it shares, but under a breadcrumb (sc-14, gx-00)', () => {
    const page = { text: 'Page 56 - 木里藏族自治县年鉴（2021）', line: 0 };
    const body = '木里藏族自治县年鉴 2021。一年来，县政协常委会以脱贫巩固为重点，调研建言富有成效。';
    expect(chooseTitle([page], body).title).toBeNull();
    const item = { text: '- 广西政协开展2019年“八桂行”新闻媒体集中采访活动', line: 1, underBreadcrumb: true };
    expect(chooseTitle([item], '广西壮族自治区政协组织新闻媒体开展2019年“政协工作八桂行”新闻媒体集中采访活动。').title?.line).toBe(1);
  });

  it('reads a line that ends in a dash as leading into the next, not as the headline (tj-83)', () => {
    const lead = '在习近平新时代中国特色社会主义思想指引下';
    const candidates = [
      { text: `${lead}——`, line: 2, underBreadcrumb: true },
      { text: '滨海新区政协：强化“六个工作机制” 展示新气象新作为', line: 6 },
    ];
    const body = '滨海新区政协坚持以党的二十大精神为统领，强化“六个工作机制”，展示新气象新作为。发挥政协党组把方向作用，推动新时代政协工作。';
    expect(chooseTitle(candidates, body).title?.line).toBe(6);
    // The same words without the dash would head the page.
    expect(chooseTitle([{ ...candidates[0], text: lead }, candidates[1]], body).title?.line).toBe(2);
    // A numbered part of a series names the series (gz-35).
    const series = [
      { text: '省政协在黔东南州政协试点开展“院坝协商”系列报道之二', line: 0 },
      { text: '“土味”院坝会 破题“老大难”', line: 1 },
    ];
    const story = '这些改变，都源于今年9月2日由施秉县政协牵头召开的院坝协商会。省政协在黔东南州试点开展院坝会，破解老大难问题。';
    expect(chooseTitle(series, story).title?.line).toBe(1);
    // …or an installment of a round-up (sd-75).
    const scan = [
      { text: '为推进中国式现代化凝心聚力——2026地方政协全会扫描（五）', line: 0 },
      { text: '济南市委书记与委员共话构建现代化综合交通体系', line: 1 },
    ];
    const session = '1月19日，济南市委书记与出席济南市政协十五届五次会议的委员一起，共话构建现代化综合交通体系，为推进中国式现代化凝心聚力。';
    expect(chooseTitle(scan, session).title?.line).toBe(1);
    // …or a bracketed column's installment (ZZZC sx-06).
    expect(chooseTitle([{ text: '【市“两会”专题报道】之一', line: 0 }, { text: '满怀豪情赴“两会” 凝心聚力履职责', line: 1 }], '市两会专题报道：政协全会参会人员报到，委员们满怀豪情。').title?.line).toBe(1);
    // …or a gathering of speeches the page is one of, over the speaker's own headline (ZZZZZZZZZZZZZZZB bj-256).
    const speeches = [
      { text: '全国政协委员读书活动工作经验交流会发言摘登', line: 0 },
      { text: '北京市政协主席魏小东:在读书中凝聚团结奋进的共识和力量', line: 1 },
    ];
    const speech = '过去一年，在全国政协指导下，北京市政协深入贯彻落实习近平总书记关于委员读书活动的重要指示精神，以首善标准推动委员读书，凝聚了团结奋进的共识和力量。';
    expect(chooseTitle(speeches, speech).title?.line).toBe(1);
  });

  it('reads what a spam line shares with its own name printed again between the stories as sharing nothing (ZZZZZZZZZZZZZZY xz-253)', () => {
    const candidates = [
      { text: '百姓彩票官方-百姓彩票漏洞', line: 0 },
      { text: '西藏自治区“两会”新闻发布会举行******', line: 3 },
    ];
    const body = [
      '记者从西藏自治区“两会”新闻发布会上了解到，自治区政协十二届一次会议于1月12号至15号召开，新闻发布会上，自治区政协副秘书长谢会昌介绍了筹备工作情况。',
      '百姓彩票官方',
      '建立“休挖期”与“保护基地” 青海政协委员建言保护“软黄金”******',
    ].join('\n');
    expect(chooseTitle(candidates, body).title?.line).toBe(3);
    // (A headline the story repeats in a line of its own still shares it.)
    expect(chooseTitle([{ text: '县政协召开常委会议', line: 0 }], '县政协召开常委会议\n3月1日，县政协召开常委会议。').title?.line).toBe(0);
  });

  it('does not take a site slogan for the headline because the site describes itself with it at the foot of the page (ah-37)', () => {
    const candidates = ['看家乡事，品故乡情', '驻滁州省政协委员来宜考察张金锐陪同'].map((text, line) => ({ text, line }));
    const story = '本报讯 10月30日，驻滁州省政协委员来安庆市，就城市规划建设、文化发展进行考察。滁州市政协主席何希勇率队。市政协主席张金锐陪同考察。';
    const foot = '滁州新闻，讲述家乡的故事。有观点、有态度，接地气的实时新闻，传播滁州正能量。看家乡事，品故乡情。家的声音，天涯咫尺。';
    expect(chooseTitle(candidates, `${story}\n${foot}`).title?.text).toBe('驻滁州省政协委员来宜考察张金锐陪同');
    // A headline the lead repeats in its own words, or a line that is the headline again, still counts.
    const lead = ['县政协召开主席会议', '看家乡事，品故乡情'].map((text, line) => ({ text, line }));
    expect(chooseTitle(lead, '3月1日，县政协召开主席会议。\n县政协召开主席会议').title?.text).toBe('县政协召开主席会议');
    // …and so does a lead that opens by restating the headline as its first sentence.
    const restated = ['政府工作部门', '县政协开展视察'].map((text, line) => ({ text, line }));
    expect(chooseTitle(restated, '县政协开展视察。3月5日，委员们走访了企业。').title?.text).toBe('县政协开展视察');
  });

  it('takes a tag page\'s label for no headline (ZZZZZZZZV hi-95, jl-95)', () => {
    // A few words the headline below says in its middle.
    const tagged = ['人民政协事业', '搜索文档', '不断开创新时代人民政协事业发展新局面'].map((text, line) => ({ text, line }));
    expect(chooseTitle(tagged, '省政协坚持守正创新，不断开创新时代人民政协事业发展新局面。海南政协过去一年守正创新。').title?.line).toBe(2);
    // Four words alone over the story, naming no committee.
    expect(chooseTitle([{ text: '历史文化', line: 0 }], '近日，吉林省政协召开加强吉林边疆史研究阐释专题协商会，历史文化学者发言。').title).toBeNull();
    // Two other lines of the page joined, the second in brackets: a login widget's name (tj-24).
    const widget = ['武清区图书馆', '武清区图书馆', '机构用户', '武清区图书馆(机构用户)', '登录', '知识图谱', '析出资源'].map((text, line) => ({ text, line }));
    const record = '第四节 职能\n知识类型：\n内容出处：\n《武清县志》\n摘要：\n本文记述了武清县政协充分发挥政治协商民主监督作用。';
    expect(chooseTitle(widget, record).title?.text).not.toBe('武清区图书馆(机构用户)');
    // A tag over a search box's label (ln-85).
    const search = ['人民政协履职', '搜索文档', '2025年度省市县政协主席座谈会召开'].map((text, line) => ({ text, line }));
    expect(chooseTitle(search, '周波在2025年度省市县政协主席座谈会上强调，全省各级政协组织要把人民政协履职的重点放在大局上。').title?.line).toBe(2);
    // (A short headline that names its committee stays one.)
    expect(chooseTitle([{ text: '县政协全会', line: 0 }], '3月1日，县政协全会开幕。').title?.text).toBe('县政协全会');
  });

  it('takes the line right over a post\'s row of source and date for the headline, not the site\'s slogan above it (ah-1046, sn-345)', () => {
    const page = ['看家乡事,品故乡情', '', '', '安庆市政协献计安居工程', '', '江淮时报 2011-05-17 10:40 大字'].flatMap((text, line) => (text ? [{ text, line }] : []));
    // (The site's footer tells its slogan's words again: `岳西新闻,故乡情,家乡事!…`.)
    const story = '本报讯 5月 10日至 11日,安庆市政协主席张金锐、市政协副主席光嘉元、徐晓华率部分市政协委员到太湖、潜山、岳西县就保障性安居工程建设进行专题调研。\n岳西新闻,故乡情,家乡事!不思量,自难忘,梦里不知身是客,魂牵梦萦故乡情。岳西县,是陪我们行走一生的行李。';
    expect(chooseTitle(page, story).title?.text).toBe('安庆市政协献计安居工程');
    // (A site's name over a date widget is no such row: `Zi 字媒體` over `2017-07-25T20:27:27+00:00`.)
    const widget = chooseTitle([{ text: 'Zi 字媒體', line: 0 }, { text: '2017-07-25T20:27:27+00:00', line: 2 }], '原標題:成都市區政協聯動助推黑臭水體治理民主監督工作');
    expect(widget.scores[0].why).not.toContain("the line over the post's source and date");
  });

  it('takes the outlet whose people sign the story for its name, not a headline (广州日报新花城, gd-1174)', () => {
    const page = [{ text: '禅城两会|政协副主席陈笑尘：佛山中央法务区下月揭牌', line: 1 }, { text: '广州日报新花城', line: 3 }];
    const story = '1月22日，佛山市禅城区进入“两会时间”。在禅城区政协五届五次会议期间，禅城区政协副主席陈笑尘透露了佛山中央法务区的最新进展。\n文/广州日报新花城记者：冯嘉敏、黄健源 通讯员：禅宣\n广州日报新花城编辑：霍泽凯';
    const choice = chooseTitle(page, story);
    expect(choice.title?.line).toBe(1);
    expect(choice.scores[1].why).toContain('the outlet whose people sign the story');
    // (A headline the credits do not name stays one.)
    expect(chooseTitle([{ text: '广州日报新花城', line: 3 }], '禅城区政协副主席陈笑尘透露了佛山中央法务区的最新进展。').scores[0].why).not.toContain('the outlet whose people sign the story');
  });

  it('takes a report\'s occasion under its title for furniture, and a subhead that tells the story for none (bj-97, hn-71)', () => {
    expect(furnitureShape('——2026年1月6日在政协北京市海淀区第十一届委员会第五次会议上')).not.toBeNull();
    expect(furnitureShape('——2024年12月22日在政协岳阳市第九届委员会第四次会议上的报告')).not.toBeNull();
    expect(furnitureShape('——在自治区政协十三届四次会议上')).not.toBeNull();
    expect(furnitureShape('——市政协深入开展跨区域联合协商综述')).toBeNull();
    // ZZZZZZZZZP gz-115: an e-paper's registration number and publisher.
    expect(furnitureShape('国内统一刊号：CN52-0017 黔东南日报社出版')).not.toBeNull();
    // jl-77: a row of the site's owner, the time and the source.
    expect(furnitureShape('舒兰市人民政府| 2025-09-19 09:28| 信息来源：舒兰融媒')).not.toBeNull();
    // sx-124, gx-81: a post's row of who compiled it, its date and its column (or the font switch).
    expect(furnitureShape('网络整理 2017-05-27 最新信息')).not.toBeNull();
    expect(furnitureShape('玉林日报 2022-04-13 07:25 大字')).not.toBeNull();
    expect(furnitureShape('市政协 2017年工作要点')).toBeNull();
  });

  it('leaves headlines alone, those that end in 报 or name a paper included', () => {
    expect(furnitureShape('沙坪坝区政协武侯区政协召开座谈会')).toBeNull();
    expect(furnitureShape('市政协召开常委会议听取工作汇报')).toBeNull();
    expect(furnitureShape('县政协委员走进报社开展视察')).toBeNull();
    expect(furnitureShape('邢台市政协 踏上新征程 再铸新辉煌')).toBeNull();
    expect(furnitureShape('县政协开展委员活动')).toBeNull();
    expect(furnitureShape('经验分享|市政协第八民主监督员小组组长李克雨：精准监督、务实履职、闭环推进')).toBeNull();
  });
});
