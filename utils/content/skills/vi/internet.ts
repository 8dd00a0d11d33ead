import type { SkillCard } from '../../types';

export const INTERNET_CARDS_VI: SkillCard[] = [
  {
    id: 'internetWhatIsIt',
    area: 'internet',
    ageGroups: ['preschool'],
    title: 'Internet là gì?',
    body: [
      'Internet nối rất nhiều máy tính và điện thoại với nhau.',
      'Trên đó có phim hoạt hình, bài hát và trò chơi.',
      'Con dùng internet cùng bố mẹ hoặc người lớn nhé.',
    ],
    check: {
      question: 'Con nên dùng internet với ai?',
      options: [
        { text: 'Với bố mẹ hoặc người lớn con tin.', correct: true, feedback: 'Đúng rồi! Có người lớn bên cạnh thì con vui và an toàn hơn.' },
        { text: 'Một mình, không cần ai biết.', correct: false, feedback: 'Con hãy rủ bố mẹ hoặc người lớn cùng xem nhé.' },
      ],
    },
  },
  {
    id: 'internetAskFirst',
    area: 'internet',
    ageGroups: ['preschool'],
    title: 'Hỏi trước khi bấm',
    body: [
      'Có nút nào lạ hiện ra thì con đừng bấm vội.',
      'Con hỏi người lớn trước khi bấm nhé.',
    ],
  },
  {
    id: 'internetScaryThing',
    area: 'internet',
    ageGroups: ['preschool'],
    title: 'Thấy điều làm con sợ',
    body: [
      'Nếu con thấy hình làm con sợ hay buồn, con úp máy xuống.',
      'Rồi con gọi bố mẹ hoặc cô giáo ngay.',
      'Con không có lỗi gì cả.',
    ],
    check: {
      question: 'Con thấy một hình làm con sợ. Con làm gì?',
      options: [
        { text: 'Úp máy xuống và gọi người lớn.', correct: true, feedback: 'Con làm rất đúng! Người lớn sẽ giúp con.' },
        { text: 'Giấu đi, không kể với ai.', correct: false, feedback: 'Con cứ kể cho người lớn nhé, con sẽ không bị mắng đâu.' },
      ],
    },
  },
  {
    id: 'internetNotAllTrue',
    area: 'internet',
    ageGroups: ['primary'],
    title: 'Không phải điều gì trên mạng cũng đúng',
    body: [
      'Ai cũng có thể đăng bài lên mạng, kể cả khi điều đó sai.',
      'Khi thấy tin lạ, em hỏi thầy cô hoặc bố mẹ xem có đúng không.',
      'Em đừng vội chia sẻ khi chưa chắc chắn.',
    ],
    check: {
      question: 'Em đọc được tin “Ngày mai được nghỉ học” trên mạng. Em làm gì?',
      options: [
        { text: 'Hỏi thầy cô hoặc bố mẹ trước khi tin.', correct: true, feedback: 'Đúng rồi! Hỏi người đáng tin giúp em biết tin thật hay giả.' },
        { text: 'Gửi ngay cho cả lớp.', correct: false, feedback: 'Nếu tin đó sai, cả lớp sẽ bị nhầm theo. Em hỏi lại trước nhé.' },
      ],
    },
  },
  {
    id: 'internetPopups',
    area: 'internet',
    ageGroups: ['primary'],
    title: 'Quảng cáo và thông báo trúng thưởng',
    body: [
      'Những dòng như “Bạn đã trúng thưởng!” thường là quảng cáo hoặc bẫy lừa.',
      'Em đóng nó lại và không nhập tên hay số điện thoại vào đó.',
      'Nếu không đóng được, em nhờ người lớn giúp.',
    ],
  },
  {
    id: 'internetGameStrangers',
    area: 'internet',
    ageGroups: ['primary'],
    title: 'Người chơi cùng trong game',
    body: [
      'Người chơi cùng em trong game có thể là người lớn mà em không biết.',
      'Em chỉ nói chuyện về trò chơi và không kể chuyện riêng.',
      'Nếu ai đó làm em khó chịu, em rời phòng chơi và kể với bố mẹ.',
    ],
    check: {
      question: 'Một người chơi cùng hỏi em học trường nào. Em trả lời thế nào?',
      options: [
        { text: 'Không nói, vì đó là thông tin riêng.', correct: true, feedback: 'Chính xác! Em giữ thông tin riêng cho mình là rất giỏi.' },
        { text: 'Nói luôn, vì bạn ấy chơi hay.', correct: false, feedback: 'Chơi hay chưa chắc là người tốt. Em đừng nói tên trường nhé.' },
      ],
    },
  },
  {
    id: 'internetFeeds',
    area: 'internet',
    ageGroups: ['lowerSecondary'],
    title: 'Bảng tin chọn gì cho bạn xem?',
    body: [
      'Mạng xã hội chọn video dựa trên những gì bạn đã xem lâu.',
      'Vì vậy bạn có thể bị cuốn vào cùng một loại nội dung hàng giờ.',
      'Bạn có thể bấm “Không quan tâm” và tự đặt giờ nghỉ cho mình.',
    ],
    check: {
      question: 'Vì sao bảng tin cứ hiện mãi một kiểu video?',
      options: [
        { text: 'Vì ứng dụng học theo những gì bạn xem lâu.', correct: true, feedback: 'Đúng vậy. Bạn có thể chủ động dạy lại nó bằng cách bỏ qua hoặc bấm “Không quan tâm”.' },
        { text: 'Vì đó là video duy nhất trên mạng.', correct: false, feedback: 'Không phải đâu. Ứng dụng đang chọn giúp bạn dựa trên thói quen xem.' },
      ],
    },
  },
  {
    id: 'internetCheckSources',
    area: 'internet',
    ageGroups: ['lowerSecondary'],
    title: 'Kiểm tra trước khi chia sẻ',
    body: [
      'Tin giật gân lan nhanh hơn tin thật vì nó làm người đọc tức giận hoặc sợ hãi.',
      'Trước khi chia sẻ, hãy xem ai đăng, đăng khi nào và báo chính thống có đưa tin không.',
      'Chia sẻ tin sai có thể làm tổn thương người khác.',
    ],
  },
  {
    id: 'internetFootprint',
    area: 'internet',
    ageGroups: ['lowerSecondary'],
    title: 'Dấu chân số',
    body: [
      'Những gì bạn đăng có thể bị chụp màn hình và ở lại rất lâu.',
      'Xoá bài không có nghĩa là mọi người đều không còn thấy nó.',
      'Hãy tự hỏi: mình có ngại nếu thầy cô hay gia đình đọc bài này không?',
    ],
    check: {
      question: 'Bạn đã xoá một bình luận nóng giận. Điều gì vẫn có thể xảy ra?',
      options: [
        { text: 'Ai đó đã chụp lại và chia sẻ tiếp.', correct: true, feedback: 'Đúng. Vì vậy hãy bình tĩnh trước khi đăng.' },
        { text: 'Không gì cả, xoá là mất hẳn.', correct: false, feedback: 'Tiếc là không. Ảnh chụp màn hình có thể còn lại dù bài gốc đã xoá.' },
      ],
    },
  },
  {
    id: 'internetDeepfakes',
    area: 'internet',
    ageGroups: ['upperSecondary'],
    title: 'Video và giọng nói có thể bị làm giả',
    body: [
      'Công cụ AI có thể ghép khuôn mặt và giả giọng của người thật.',
      'Kẻ xấu dùng video giả để lừa tiền hoặc bôi nhọ người khác.',
      'Nếu người quen gọi video xin tiền gấp, hãy gọi lại vào số bạn vẫn dùng để kiểm tra.',
    ],
    check: {
      question: 'Anh họ gọi video, hình hơi mờ, nhờ bạn chuyển tiền gấp. Bạn làm gì?',
      options: [
        { text: 'Tắt máy và gọi lại vào số quen của anh ấy.', correct: true, feedback: 'Chuẩn. Gọi lại qua kênh quen thuộc là cách nhanh nhất để phát hiện cuộc gọi giả.' },
        { text: 'Chuyển ngay vì đã thấy mặt anh ấy.', correct: false, feedback: 'Khuôn mặt trong video có thể là giả. Hãy kiểm tra qua kênh khác trước.' },
        { text: 'Hỏi mật khẩu Facebook của anh ấy để chắc chắn.', correct: false, feedback: 'Không cần và không nên. Chỉ cần gọi lại vào số quen là đủ.' },
      ],
    },
  },
  {
    id: 'internetPaidPromotion',
    area: 'internet',
    ageGroups: ['upperSecondary'],
    title: 'Người nổi tiếng được trả tiền để quảng cáo',
    body: [
      'Nhiều video “review” thật ra là quảng cáo được trả tiền.',
      'Lời hứa “kiếm tiền online dễ dàng” thường dẫn tới đầu tư lừa đảo hoặc cờ bạc.',
      'Hãy tìm đánh giá độc lập trước khi mua hoặc nạp tiền.',
    ],
  },
  {
    id: 'internetOwnTime',
    area: 'internet',
    ageGroups: ['upperSecondary'],
    title: 'Bạn làm chủ thời gian của mình',
    body: [
      'Ứng dụng được thiết kế để giữ bạn lướt càng lâu càng tốt.',
      'Tắt bớt thông báo và để điện thoại ngoài phòng ngủ giúp bạn ngủ ngon hơn.',
      'Nếu thấy mệt mỏi hoặc lo âu sau khi lướt mạng, hãy nghỉ và nói chuyện với người bạn tin.',
    ],
  },
];
