; torchsmt obligation div.jvp_eq_dual@2x1_1x3 (lemma, op div, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 1), (1, 3)), off kinks
(set-info :source |torchsmt lemma div.jvp_eq_dual@2x1_1x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- v0_0_0 (* div!1 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- v0_0_0 (* div!3 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!5 x1_0_2) x0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!6 x1_0_2) (- v0_0_0 (* div!5 v1_0_2))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!7 x1_0_0) x0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!8 x1_0_0) (- v0_1_0 (* div!7 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!9 x1_0_1) x0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) (- v0_1_0 (* div!9 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!11 x1_0_2) x0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!12 x1_0_2) (- v0_1_0 (* div!11 v1_0_2))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) v0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) v0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!15 x1_0_2) v0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!16 x1_0_0) v0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!17 x1_0_1) v0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!18 x1_0_2) v0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!19 x1_0_0) (* div!1 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!20 x1_0_1) (* div!3 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!21 x1_0_2) (* div!5 v1_0_2)))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!22 x1_0_0) (* div!7 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!23 x1_0_1) (* div!9 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!24 x1_0_2) (* div!11 v1_0_2)))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (let (($x163 (= (+ div!13 (- div!19)) div!2)))
(not $x163)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- v0_0_0 (* div!1 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- v0_0_0 (* div!3 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!5 x1_0_2) x0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!6 x1_0_2) (- v0_0_0 (* div!5 v1_0_2))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!7 x1_0_0) x0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!8 x1_0_0) (- v0_1_0 (* div!7 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!9 x1_0_1) x0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) (- v0_1_0 (* div!9 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!11 x1_0_2) x0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!12 x1_0_2) (- v0_1_0 (* div!11 v1_0_2))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) v0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) v0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!15 x1_0_2) v0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!16 x1_0_0) v0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!17 x1_0_1) v0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!18 x1_0_2) v0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!19 x1_0_0) (* div!1 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!20 x1_0_1) (* div!3 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!21 x1_0_2) (* div!5 v1_0_2)))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!22 x1_0_0) (* div!7 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!23 x1_0_1) (* div!9 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!24 x1_0_2) (* div!11 v1_0_2)))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (let (($x164 (= (+ div!14 (- div!20)) div!4)))
(not $x164)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- v0_0_0 (* div!1 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- v0_0_0 (* div!3 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!5 x1_0_2) x0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!6 x1_0_2) (- v0_0_0 (* div!5 v1_0_2))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!7 x1_0_0) x0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!8 x1_0_0) (- v0_1_0 (* div!7 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!9 x1_0_1) x0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) (- v0_1_0 (* div!9 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!11 x1_0_2) x0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!12 x1_0_2) (- v0_1_0 (* div!11 v1_0_2))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) v0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) v0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!15 x1_0_2) v0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!16 x1_0_0) v0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!17 x1_0_1) v0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!18 x1_0_2) v0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!19 x1_0_0) (* div!1 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!20 x1_0_1) (* div!3 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!21 x1_0_2) (* div!5 v1_0_2)))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!22 x1_0_0) (* div!7 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!23 x1_0_1) (* div!9 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!24 x1_0_2) (* div!11 v1_0_2)))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (let (($x165 (= (+ div!15 (- div!21)) div!6)))
(not $x165)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- v0_0_0 (* div!1 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- v0_0_0 (* div!3 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!5 x1_0_2) x0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!6 x1_0_2) (- v0_0_0 (* div!5 v1_0_2))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!7 x1_0_0) x0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!8 x1_0_0) (- v0_1_0 (* div!7 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!9 x1_0_1) x0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) (- v0_1_0 (* div!9 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!11 x1_0_2) x0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!12 x1_0_2) (- v0_1_0 (* div!11 v1_0_2))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) v0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) v0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!15 x1_0_2) v0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!16 x1_0_0) v0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!17 x1_0_1) v0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!18 x1_0_2) v0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!19 x1_0_0) (* div!1 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!20 x1_0_1) (* div!3 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!21 x1_0_2) (* div!5 v1_0_2)))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!22 x1_0_0) (* div!7 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!23 x1_0_1) (* div!9 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!24 x1_0_2) (* div!11 v1_0_2)))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (let (($x166 (= (+ div!16 (- div!22)) div!8)))
(not $x166)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- v0_0_0 (* div!1 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- v0_0_0 (* div!3 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!5 x1_0_2) x0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!6 x1_0_2) (- v0_0_0 (* div!5 v1_0_2))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!7 x1_0_0) x0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!8 x1_0_0) (- v0_1_0 (* div!7 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!9 x1_0_1) x0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) (- v0_1_0 (* div!9 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!11 x1_0_2) x0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!12 x1_0_2) (- v0_1_0 (* div!11 v1_0_2))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) v0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) v0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!15 x1_0_2) v0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!16 x1_0_0) v0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!17 x1_0_1) v0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!18 x1_0_2) v0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!19 x1_0_0) (* div!1 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!20 x1_0_1) (* div!3 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!21 x1_0_2) (* div!5 v1_0_2)))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!22 x1_0_0) (* div!7 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!23 x1_0_1) (* div!9 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!24 x1_0_2) (* div!11 v1_0_2)))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (let (($x167 (= (+ div!17 (- div!23)) div!10)))
(not $x167)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun v0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- v0_0_0 (* div!1 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- v0_0_0 (* div!3 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!5 x1_0_2) x0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!6 x1_0_2) (- v0_0_0 (* div!5 v1_0_2))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!7 x1_0_0) x0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!8 x1_0_0) (- v0_1_0 (* div!7 v1_0_0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!9 x1_0_1) x0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) (- v0_1_0 (* div!9 v1_0_1))))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!11 x1_0_2) x0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!12 x1_0_2) (- v0_1_0 (* div!11 v1_0_2))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!13 x1_0_0) v0_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!14 x1_0_1) v0_0_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!15 x1_0_2) v0_0_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!16 x1_0_0) v0_1_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!17 x1_0_1) v0_1_0))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!18 x1_0_2) v0_1_0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!19 x1_0_0) (* div!1 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!20 x1_0_1) (* div!3 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!21 x1_0_2) (* div!5 v1_0_2)))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!22 x1_0_0) (* div!7 v1_0_0)))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!23 x1_0_1) (* div!9 v1_0_1)))))
(assert
 (let (($x42 (and (distinct x1_0_2 0.0) true)))
 (=> $x42 (= (* div!24 x1_0_2) (* div!11 v1_0_2)))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_2 0.0) true))
(assert
 (let (($x168 (= (+ div!18 (- div!24)) div!12)))
(not $x168)))
(check-sat)
